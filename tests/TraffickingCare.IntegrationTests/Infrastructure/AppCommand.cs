using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// The built app run as an operator runs it: one of its commands (<c>migrate</c>, <c>audit verify</c>, …), or the server
/// itself on a loopback port. A process of its own on the given database and folder, in Development, with no demo data
/// unless the settings ask for it, its log files in the folder.
/// </summary>
public static class AppCommand
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string databasePath, string folder, IReadOnlyDictionary<string, string>? settings, params string[] command)
    {
        using var process = Process.Start(StartInfo(databasePath, folder, settings, command))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// The app serving on <paramref name="address"/>, or on a free loopback port; the caller stops it, e.g. with
    /// <see cref="Process.Kill()"/> (SIGKILL).
    /// </summary>
    public static (Process Process, Uri Address) StartServer(string databasePath, string folder, IReadOnlyDictionary<string, string>? settings, Uri? address = null)
    {
        address ??= new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(databasePath, folder, settings, "--urls", address.ToString());
        start.RedirectStandardOutput = false;
        start.RedirectStandardError = false;
        return (Process.Start(start)!, address);
    }

    private static ProcessStartInfo StartInfo(string databasePath, string folder, IReadOnlyDictionary<string, string>? settings, params string[] command)
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
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        start.Environment["Serilog__WriteTo__0__Name"] = "File";
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(folder, "logs", "console-.log");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "app-.log");
        start.Environment["Seed__DemoUsers"] = "false";
        start.Environment["Seed__DemoData"] = "false";
        start.Environment["Seed__DemoReferrals"] = "0";
        start.Environment["Audit__SealIntervalSeconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
