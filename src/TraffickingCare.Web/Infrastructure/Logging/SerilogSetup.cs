using Serilog;
using Serilog.Events;

namespace TraffickingCare.Web.Infrastructure.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Each host gets its own logger; the static bootstrap logger is left alone. Reconfiguring the
    /// shared static logger instead sends one host's events to another's sinks, and fails a host
    /// that starts while another has frozen it (several test hosts run side by side).
    /// </summary>
    public static void AddAppSerilog(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

    /// <summary>
    /// One line per request with method, route template, status and time, plus the user's id.
    /// Not the query string, not form fields: they may hold a victim's name.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, ex) => ex is not null || http.Response.StatusCode >= 500
                ? LogEventLevel.Error
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous");
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
            };
        });
}
