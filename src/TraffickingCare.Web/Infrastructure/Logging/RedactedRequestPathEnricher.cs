using Serilog.Core;
using Serilog.Events;

namespace TraffickingCare.Web.Infrastructure.Logging;

/// <summary>
/// ASP.NET Core puts the raw request path on every event logged during a request (its hosting scope's
/// <c>RequestPath</c>), and the file sink writes every property: the same reduction as the access log line
/// (<see cref="RequestPathRedactor"/>) applies to it, so a path typed with a name never reaches the log.
/// </summary>
public sealed class RedactedRequestPathEnricher(RequestPathRedactor redactor) : ILogEventEnricher
{
    private const string Property = "RequestPath";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue(Property, out var value) && value is ScalarValue { Value: string path })
        {
            var redacted = path.StartsWith('/') ? redactor.Redact(new PathString(path)) : "*";
            logEvent.AddOrUpdateProperty(new LogEventProperty(Property, new ScalarValue(redacted)));
        }
    }
}
