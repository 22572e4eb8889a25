using TraffickingCare.Web.Features.Shared.Lookups;

using TraffickingCare.Web.Features.Shared.People;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>
/// The coordinator's tools while a referral waits: who it can go to (<see cref="AssigneeId"/> and
/// <see cref="Version"/> are the assignment form's fields), the cases of people who match (searched from
/// the referral at first, then as the coordinator searches), and the triage form.
/// </summary>
public sealed record ReferralTriagePanel(
    Guid ReferralId,
    int Version,
    IReadOnlyList<CodeListOption> Caseworkers,
    TriageReferralForm Form,
    string? AssigneeId,
    PersonSearchForm Search,
    IReadOnlyList<PersonMatchRow> Matches)
{
    /// <summary>What the caseworker picker found (its offer, the assignee and a refused form's lead kept, is <see cref="Caseworkers"/>).</summary>
    public CaseworkerPick? Pick { get; init; }
}
