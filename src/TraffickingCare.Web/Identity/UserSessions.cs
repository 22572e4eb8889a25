using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// The server's record of sign-in sessions, checked on every request that carries a sign-in cookie.
/// The idle limit counts from the last recorded request. To spare a database write on every request,
/// that time is recorded at most once a minute, so a session may end up to a minute before its idle
/// limit, never after.
/// </summary>
public sealed class UserSessions(AppDbContext db, TimeProvider clock, IOptions<SecurityOptions> security, ILogger<UserSessions> logger)
{
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>Like the log files: a user's older sessions are deleted when they next sign in.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task<Guid> StartAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - Retention;
        await db.UserSessions.Where(s => s.UserId == userId && s.CreatedAtUtc < cutoff).ExecuteDeleteAsync(ct);
        var session = UserSession.Start(userId, now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        logger.SessionStarted(session.Id, userId);
        return session.Id;
    }

    /// <summary>
    /// Whether the session may go on: it is open, within its limits, and its account is enabled and still has the
    /// security stamp the cookie was issued with (<paramref name="securityStamp"/>). A session past a limit, or whose
    /// account changed, is ended here, and stays ended. One query answers all of it, on every request.
    /// </summary>
    public async Task<bool> ContinueAsync(Guid sessionId, string userId, string? securityStamp, CancellationToken ct)
    {
        var session = await SessionAndAccount.For(db)(db, sessionId, userId, ct);
        if (session is null || session.EndedAtUtc is not null)
        {
            logger.EndedSessionPresented(sessionId, userId);
            return false;
        }

        if (!session.Enabled || securityStamp is null || session.Stamp != securityStamp)
        {
            await EndAsync(sessionId, userId, UserSessionEndReason.AccountChanged, CancellationToken.None);
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var limit = now - session.CreatedAtUtc > security.Value.AbsoluteTimeout ? UserSessionEndReason.AbsoluteTimeout
            : now - session.LastSeenAtUtc > security.Value.IdleTimeout ? UserSessionEndReason.IdleTimeout
            : (UserSessionEndReason?)null;
        if (limit is { } reason)
        {
            await EndAsync(sessionId, userId, reason, CancellationToken.None);
            return false;
        }

        if (now - session.LastSeenAtUtc >= LastSeenResolution)
        {
            await TouchAsync(sessionId, now, ct);
        }

        return true;
    }

    // The last-seen time is kept to within a minute anyway: when another writer holds the embedded database (SQLite
    // locks the whole file for a write, e.g. during an import's commit), the request goes on unrecorded and a later
    // one records it, rather than the page failing because its bookkeeping could not be written.
    // Microsoft.Data.Sqlite retries a busy database until the command timeout (30 s): the touch gives up after the
    // connection's own busy wait (5 s, SqlitePragmaInterceptor) instead, at most once a minute a session.
    private async Task TouchAsync(Guid sessionId, DateTime now, CancellationToken ct)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TouchTimeout);
        try
        {
            await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now), ct);
        }
        catch (Exception ex) when (DatabaseBusy.Is(ex))
        {
            logger.SessionTouchDeferred(sessionId);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private static readonly TimeSpan TouchTimeout = TimeSpan.FromSeconds(1);

    // Compiled: it runs on every request that carries a sign-in cookie.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, string, CancellationToken, Task<SessionCheck?>>> SessionAndAccount = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid sessionId, string userId, CancellationToken ct) => (
                from s in db.UserSessions.AsNoTracking()
                where s.Id == sessionId && s.UserId == userId
                join u in db.Users on s.UserId equals u.Id into accounts
                from u in accounts.DefaultIfEmpty()
                select new SessionCheck(s.CreatedAtUtc, s.LastSeenAtUtc, s.EndedAtUtc, u == null ? null : u.SecurityStamp, u != null && !u.IsDisabled))
            .SingleOrDefault()));

    private sealed record SessionCheck(DateTime CreatedAtUtc, DateTime LastSeenAtUtc, DateTime? EndedAtUtc, string? Stamp, bool Enabled);

    /// <summary>
    /// Ends the session if it is still open; a second end keeps the first reason. Callers pass no
    /// request token: a client that hangs up must not leave its session open.
    /// </summary>
    public async Task EndAsync(Guid sessionId, string userId, UserSessionEndReason reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, reason), ct);
        if (ended > 0)
        {
            logger.SessionEnded(sessionId, userId, reason);
        }
    }
}
