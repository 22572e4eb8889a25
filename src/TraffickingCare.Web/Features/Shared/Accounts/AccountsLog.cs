namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>Changes to accounts and their set-password links, by ids only.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 2301, EventName = "UserCreated", Level = LogLevel.Information, Message = "Administrator {ActorId} created user {UserId} with role {Role}")]
    public static partial void Created(this ILogger logger, string actorId, string userId, string role);

    [LoggerMessage(EventId = 2302, EventName = "UserAccountChanged", Level = LogLevel.Information, Message = "Administrator {ActorId}: {Action} on user {UserId}")]
    public static partial void Changed(this ILogger logger, string actorId, string action, string userId);

    [LoggerMessage(EventId = 2303, EventName = "SetPasswordLinkSent", Level = LogLevel.Information, Message = "Set-password link sent to user {UserId}")]
    public static partial void LinkSent(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2304, EventName = "SetPasswordLinkNotSent", Level = LogLevel.Error, Message = "Set-password link for user {UserId} could not be sent: {Reason}")]
    public static partial void LinkNotSent(this ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 2305, EventName = "PrivilegedChangeRequested", Level = LogLevel.Information, Message = "User {ActorId} requested {Kind} ({Role}) for user {UserId}: request {RequestId}")]
    public static partial void PrivilegedChangeRequested(this ILogger logger, string actorId, string kind, string role, string userId, Guid requestId);

    [LoggerMessage(EventId = 2306, EventName = "PrivilegedChangeDecided", Level = LogLevel.Information, Message = "User {ActorId} {Outcome} request {RequestId}")]
    public static partial void PrivilegedChangeDecided(this ILogger logger, string actorId, string outcome, Guid requestId);
}
