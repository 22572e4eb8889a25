namespace TraffickingCare.Web.Features.Users;

public enum UserActionOutcome
{
    Done,
    NotFound,
    Stale,
    OwnAccount,

    /// <summary>A privileged account: the change became a request that a second person must approve.</summary>
    AwaitingApproval,

    /// <summary>The same change for the same account already awaits approval.</summary>
    AlreadyRequested,

    /// <summary>The account has no e-mail address, so a link could not reach its owner; nothing was changed.</summary>
    NoEmail,

    /// <summary>The change was made but the mail with the link could not be sent.</summary>
    LinkNotSent,
}
