namespace TraffickingCare.Web.Features.Users;

/// <summary>Administrators' changes to accounts, by ids only.</summary>
internal static partial class UsersLog
{
    [LoggerMessage(EventId = 2301, EventName = "UserCreated", Level = LogLevel.Information, Message = "Administrator {ActorId} created user {UserId} with role {Role}")]
    public static partial void Created(this ILogger logger, string actorId, string userId, string role);

    [LoggerMessage(EventId = 2302, EventName = "UserAccountChanged", Level = LogLevel.Information, Message = "Administrator {ActorId}: {Action} on user {UserId}")]
    public static partial void Changed(this ILogger logger, string actorId, string action, string userId);
}
