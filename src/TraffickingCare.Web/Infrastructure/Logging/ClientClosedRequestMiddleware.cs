using Microsoft.AspNetCore.Diagnostics;

namespace TraffickingCare.Web.Infrastructure.Logging;

/// <summary>
/// A request whose client hung up (a closed tab, a load test's connection ended) is not a server error. Its cancelled
/// token interrupts the query it was running, and neither database driver says so with an
/// <see cref="OperationCanceledException"/>: SQLite's answers "interrupted", SQL Server's "Operation cancelled by user".
/// Either then reached the error page as a 500 with a stack trace and made the error log useless under load. Here any
/// failure of a request the client has abandoned ends as 499 (nginx's "client closed request"), with one line naming
/// the kind of failure: its message is not logged, nobody reads the answer, and nothing was acknowledged, so a write
/// it interrupted was not promised to anyone.
/// </summary>
public sealed class ClientClosedRequestMiddleware(RequestDelegate next, ILogger<ClientClosedRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.ClientClosedRequest(ex.GetType().Name);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;

                // No error page for a client that is gone.
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            }
        }
    }
}

internal static partial class ClientClosedRequestLog
{
    [LoggerMessage(EventId = 1101, EventName = "ClientClosedRequest", Level = LogLevel.Information, Message = "The client closed the request; the work it started ended with {ExceptionType}")]
    public static partial void ClientClosedRequest(this ILogger logger, string exceptionType);
}
