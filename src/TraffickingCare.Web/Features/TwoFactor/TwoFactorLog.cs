namespace TraffickingCare.Web.Features.TwoFactor;

internal static partial class TwoFactorLog
{
    [LoggerMessage(EventId = 2101, EventName = "TwoFactorEnabled", Level = LogLevel.Information, Message = "User {UserId} enrolled an authenticator")]
    public static partial void Enabled(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2102, EventName = "TwoFactorEnrolmentCodeRefused", Level = LogLevel.Warning, Message = "User {UserId} gave a wrong enrolment code")]
    public static partial void CodeRefused(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2103, EventName = "RecoveryCodesGenerated", Level = LogLevel.Information, Message = "User {UserId} generated new recovery codes")]
    public static partial void RecoveryCodesGenerated(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2104, EventName = "TwoFactorDisabled", Level = LogLevel.Warning, Message = "User {UserId} turned two-factor sign-in off")]
    public static partial void Disabled(this ILogger logger, string userId);
}
