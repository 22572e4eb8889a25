using TraffickingCare.Web.Features.Shared.People;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>
/// What a post on a waiting referral's panel brings back to its page: a refused triage or assignment with the
/// coordinator's choices, or the coordinator's own person search.
/// </summary>
/// <param name="Conflict">
/// The refusal was a change made meanwhile: the forms then carry the referral's version as it is now. Any other
/// refusal keeps the version the page was opened with, so a change made meanwhile is still caught on the next save.
/// </param>
public sealed record TriageShownAgain(
    TriageReferralForm? Triage = null, PersonSearchForm? Search = null, AssignReferralForm? Assignment = null, bool Conflict = false)
{
    /// <summary>The version the page's forms carry: the posted one after a refusal of what was chosen, otherwise the referral's.</summary>
    public int VersionFor(int current) => Conflict ? current : Triage?.Version ?? Assignment?.Version ?? current;
}
