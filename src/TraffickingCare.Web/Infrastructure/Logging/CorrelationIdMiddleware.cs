using System.Text.RegularExpressions;
using Serilog.Context;

namespace TraffickingCare.Web.Infrastructure.Logging;

/// <summary>
/// Gives every request a correlation id (an incoming X-Correlation-Id if well-formed, else the trace id),
/// echoes it in the response, and puts it on every log event (the user's id follows after authentication: SerilogSetup.UseUserIdInLogs).
/// </summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var correlationId = SafeId().IsMatch(incoming) ? incoming : context.TraceIdentifier;
        context.TraceIdentifier = correlationId;
        context.Response.Headers[HeaderName] = correlationId;

        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    // Only ids we could have made ourselves: a header is attacker-controlled and ends up in logs.
    [GeneratedRegex("^[A-Za-z0-9:._-]{1,64}$")]
    private static partial Regex SafeId();
}
