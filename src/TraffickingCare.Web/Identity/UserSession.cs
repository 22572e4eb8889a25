namespace TraffickingCare.Web.Identity;

/// <summary>
/// One sign-in as the server sees it. The sign-in cookie carries only this id, so ending the row
/// (sign-out, idle or absolute limit, an account change) refuses every copy of that cookie.
/// Ids and times only: no address, no browser, no name.
/// </summary>
public sealed class UserSession
{
    public const int EndReasonMaxLength = 20;

    private UserSession()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The last request, recorded at most once per <see cref="UserSessions.LastSeenResolution"/>.</summary>
    public DateTime LastSeenAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public UserSessionEndReason? EndReason { get; private set; }

    public static UserSession Start(string userId, DateTime nowUtc) =>
        new() { Id = Guid.NewGuid(), UserId = userId, CreatedAtUtc = nowUtc, LastSeenAtUtc = nowUtc };
}
