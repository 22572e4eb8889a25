using Serilog;
using TraffickingCare.Web.Infrastructure.Startup;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddTraffickingCare();

    var app = builder.Build();
    app.UseTraffickingCare();
    if (await CommandLine.TryRunBeforeDatabaseAsync(app, args))
    {
        return Environment.ExitCode;
    }

    await app.InitialiseDatabaseAsync();

    if (await CommandLine.TryRunAsync(app, args))
    {
        // A command may fail without an exception (audit verify on a broken chain).
        return Environment.ExitCode;
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // Rethrown so the process (and a test host) fails loudly, with the reason, instead of half-starting.
    Log.Fatal(ex, "TraffickingCare stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point marker for WebApplicationFactory in the tests.</summary>
public partial class Program;
