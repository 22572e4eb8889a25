using Serilog;
using Serilog.Context;
using Serilog.Events;

namespace TraffickingCare.Web.Infrastructure.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Each host gets its own logger; the static bootstrap logger is left alone. Reconfiguring the
    /// shared static logger instead sends one host's events to another's sinks, and fails a host
    /// that starts while another has frozen it (several test hosts run side by side).
    /// </summary>
    public static void AddAppSerilog(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RequestPathRedactor>();
        builder.Services.AddSingleton<Serilog.Core.ILogEventEnricher, RedactedRequestPathEnricher>();
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services) // the enrichers registered above
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
    }

    /// <summary>
    /// One line per request with method, path (the app's words and ids only), status and time, plus the
    /// user's id and the correlation id. Not the query string, not form fields: they may hold a victim's name.
    /// Placed outermost, so that refused requests and re-executed error pages still make exactly one line.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app)
    {
        var redactor = app.ApplicationServices.GetRequiredService<RequestPathRedactor>();
        return app.UseSerilogRequestLogging(options =>
        {
            // Without this the middleware writes to the static bootstrap logger: console only, no enrichers.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = Level;
            options.GetMessageTemplateProperties = (http, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(redactor.Redact(http.Request.Path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserId", UserIdOf(http));
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
            };
        });
    }

    /// <summary>Puts the signed-in user's id (never a name) on every event logged while the request runs.</summary>
    public static IApplicationBuilder UseUserIdInLogs(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            using (LogContext.PushProperty("UserId", UserIdOf(http)))
            {
                await next(http);
            }
        });

    private static string UserIdOf(HttpContext http) =>
        http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous";

    // A served static file (no endpoint, 200/304) is noise, not access to case data.
    private static LogEventLevel Level(HttpContext http, double elapsed, Exception? ex) =>
        ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : http.GetEndpoint() is null && http.Response.StatusCode is 200 or 304 ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
