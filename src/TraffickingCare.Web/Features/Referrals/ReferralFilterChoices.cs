using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The values the register's filter offers; the rows take their labels from them too.</summary>
/// <param name="Assignees">
/// The caseworkers the assignee filter offers (a large centre's are found by name first); null for users who do not
/// triage: they have no assignee filter.
/// </param>
public sealed record ReferralFilterChoices(
    IReadOnlyList<CodeListOption> Sectors,
    IReadOnlyList<CodeListOption> Municipalities,
    CaseworkerPick? Assignees)
{
    public static readonly ReferralFilterChoices None = new([], [], null);
}
