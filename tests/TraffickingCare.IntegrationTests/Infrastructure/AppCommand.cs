using System.Diagnostics;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// The built app run as an operator runs one of its commands (<c>migrate</c>, <c>audit verify</c>, …): a process of
/// its own on the given database and folder, in Development, with no demo data, its output and exit code returned.
/// </summary>
public static class AppCommand
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string databasePath, string folder, IReadOnlyDictionary<string, string>? settings, params string[] command)
    {
        var web = Path.Combine(Repository.Root(), "src", "TraffickingCare.Web");
        var dll = Directory.GetFiles(Path.Combine(web, "bin"), "TraffickingCare.Web.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var start = new ProcessStartInfo("dotnet", [dll, .. command])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["DataProtection__KeyRingPath"] = Path.Combine(folder, "keys");
        start.Environment["Storage__AttachmentsPath"] = Path.Combine(folder, "attachments");
        start.Environment["Seed__DemoUsers"] = "false";
        start.Environment["Seed__DemoData"] = "false";
        start.Environment["Seed__DemoReferrals"] = "0";
        start.Environment["Audit__SealIntervalSeconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
