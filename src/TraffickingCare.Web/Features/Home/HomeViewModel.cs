using System.Security.Claims;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Home;

/// <summary>Which work panels the signed-in user's roles call for, and what is waiting in them.</summary>
public sealed record HomeViewModel(IReadOnlyList<string> Panels, ReferralCounts? Referrals, IReadOnlyList<CasesByStatus> Cases, int FollowUpsDue, int DecisionsOverdue)
{
    public int AwaitingApproval { get; init; }

    public bool ShowsAwaitingApproval(string panel) => AwaitingApproval > 0 && panel == Roles.Coordinator;

    public static HomeViewModel For(
        ClaimsPrincipal user, ReferralCounts? referrals = null, IReadOnlyList<CasesByStatus>? cases = null, int followUpsDue = 0, int decisionsOverdue = 0) =>
        new(Roles.All.Where(user.IsInRole).ToList(), referrals, cases ?? [], followUpsDue, decisionsOverdue);

    public bool ShowsDecisionsOverdue(string panel) => DecisionsOverdue > 0 && panel is Roles.Caseworker or Roles.Coordinator;

    public bool ShowsFollowUps(string panel) => FollowUpsDue > 0 && panel is Roles.Caseworker or Roles.Coordinator;

    public bool ShowsCases(string panel) => Cases.Count > 0 && panel is Roles.Caseworker or Roles.Coordinator or Roles.Management;

    public bool ShowsReferrals(string panel) =>
        Referrals is not null && panel is Roles.Caseworker or Roles.Coordinator;
}
