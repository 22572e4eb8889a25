using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.People;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>The triage panel of a waiting referral: its caseworkers, and the matches of the person search.</summary>
public sealed class ReferralTriagePanelQuery(CaseworkerOptionsQuery caseworkers, PersonMatchQuery matches)
{
    /// <param name="again">
    /// A refused triage or assignment shown again with the coordinator's choices, or the coordinator's own person search;
    /// without a search, the search starts from what the referral knew.
    /// </param>
    /// <param name="caseworkerFind">What the coordinator typed to find a caseworker (a large centre's picker searches).</param>
    public async Task<ReferralTriagePanel> GetAsync(Referral referral, TriageShownAgain again, string? caseworkerFind, CancellationToken ct)
    {
        var form = again.Triage ?? new TriageReferralForm();
        var search = again.Search;
        PersonSearchTerms terms;
        if (search is null)
        {
            var person = referral.Person;
            var approximateYear = person.Age is { } age ? CentreClock.ToLocal(referral.ReceivedAtUtc).Year - age : (int?)null;
            terms = new PersonSearchTerms(person.NameOrAlias, person.DateOfBirth, approximateYear);
            search = new PersonSearchForm
            {
                Name = person.NameOrAlias,
                DateOfBirth = person.DateOfBirth is { } dob ? CentreClock.FormatDate(dob) : null,
            };
        }
        else
        {
            terms = new PersonSearchTerms(search.Name, CentreClock.TryParseDate(search.DateOfBirth, out var dob) ? dob : null);
        }

        form.Version = again.VersionFor(referral.Version);
        // The assignee and a refused form's lead or assignee stay offered while a search offers others.
        var assignee = again.Assignment?.AssigneeId ?? referral.AssigneeId;
        var pick = await caseworkers.PickAsync(caseworkerFind, [form.LeadCaseworkerId, assignee], ct);
        return new ReferralTriagePanel(
            referral.Id, form.Version, pick.Offered, form, assignee, search, await matches.FindAsync(terms, ct))
        {
            Pick = pick,
        };
    }
}
