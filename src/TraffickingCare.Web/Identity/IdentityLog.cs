namespace TraffickingCare.Web.Identity;

/// <summary>Sessions and stored second factors, by ids only.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 2401, EventName = "SessionStarted", Level = LogLevel.Information, Message = "Session {SessionId} of user {UserId} started")]
    public static partial void SessionStarted(this ILogger logger, Guid sessionId, string userId);

    [LoggerMessage(EventId = 2402, EventName = "SessionEnded", Level = LogLevel.Information, Message = "Session {SessionId} of user {UserId} ended: {Reason}")]
    public static partial void SessionEnded(this ILogger logger, Guid sessionId, string userId, UserSessionEndReason reason);

    // A browser drops the cookie when its session ends; the cookie coming back usually means a copy.
    [LoggerMessage(EventId = 2403, EventName = "EndedSessionPresented", Level = LogLevel.Warning, Message = "A sign-in cookie of ended or unknown session {SessionId} of user {UserId} was refused")]
    public static partial void EndedSessionPresented(this ILogger logger, Guid sessionId, string userId);

    [LoggerMessage(EventId = 2404, EventName = "AuthenticatorKeyUnreadable", Level = LogLevel.Error, Message = "The authenticator key of user {UserId} cannot be decrypted with this key ring")]
    public static partial void AuthenticatorKeyUnreadable(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2405, EventName = "SessionTouchDeferred", Level = LogLevel.Debug, Message = "Session {SessionId}: the last-seen time was not recorded, the database was busy")]
    public static partial void SessionTouchDeferred(this ILogger logger, Guid sessionId);
}
