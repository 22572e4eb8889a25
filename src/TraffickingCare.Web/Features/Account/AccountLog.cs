using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace TraffickingCare.Web.Features.Account;

/// <summary>Sign-in events by user id only: a user name or anything typed into a form never reaches a log.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 2001, EventName = "SignedIn", Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2002, EventName = "SignInFailed", Level = LogLevel.Warning, Message = "Sign-in of user {UserId} failed")]
    public static partial void SignInFailed(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2003, EventName = "SignInUnknownUser", Level = LogLevel.Warning, Message = "Sign-in with an unknown user name")]
    public static partial void SignInUnknownUser(this ILogger logger);

    [LoggerMessage(EventId = 2004, EventName = "SignInLockedOut", Level = LogLevel.Warning, Message = "User {UserId} is locked out")]
    public static partial void LockedOut(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2005, EventName = "SignInNotAllowed", Level = LogLevel.Warning, Message = "Sign-in of disabled user {UserId} refused")]
    public static partial void NotAllowed(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2006, EventName = "SignInRequiresTwoFactor", Level = LogLevel.Information, Message = "User {UserId} passed the password step; two-factor code required")]
    public static partial void RequiresTwoFactor(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2007, EventName = "RecoveryCodeUsed", Level = LogLevel.Warning, Message = "User {UserId} signed in with a recovery code")]
    public static partial void RecoveryCodeUsed(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2008, EventName = "SignedOut", Level = LogLevel.Information, Message = "User {UserId} signed out")]
    public static partial void SignedOut(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2009, EventName = "PasswordSet", Level = LogLevel.Information, Message = "User {UserId} set a password through a one-time link")]
    public static partial void PasswordSet(this ILogger logger, string userId);

    [LoggerMessage(EventId = 2010, EventName = "SetPasswordLinkRefused", Level = LogLevel.Warning, Message = "A set-password link was refused")]
    public static partial void SetPasswordLinkRefused(this ILogger logger);

    /// <summary>How one sign-in step ended.</summary>
    public static void SignInStep(this ILogger logger, SignInResult result, string userId)
    {
        if (result.Succeeded)
        {
            logger.SignedIn(userId);
        }
        else if (result.RequiresTwoFactor)
        {
            logger.RequiresTwoFactor(userId);
        }
        else if (result.IsLockedOut)
        {
            logger.LockedOut(userId);
        }
        else if (result.IsNotAllowed)
        {
            logger.NotAllowed(userId);
        }
        else
        {
            logger.SignInFailed(userId);
        }
    }
}
