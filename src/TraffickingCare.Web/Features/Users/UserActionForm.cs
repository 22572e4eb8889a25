namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// An administrator's action on one account. The concurrency stamp is the one the administrator
/// saw: if the account changed since, the action is refused rather than applied to a state nobody looked at.
/// </summary>
public sealed class UserActionForm
{
    public string? UserId { get; set; }

    public string? ConcurrencyStamp { get; set; }
}
