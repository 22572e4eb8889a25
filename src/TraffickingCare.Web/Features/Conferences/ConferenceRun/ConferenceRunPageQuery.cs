using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>The run page of a conference the user may run (null when out of reach), the form filled from what is saved.</summary>
public sealed class ConferenceRunPageQuery(ConferencePageQuery pages, StaffOrPartnerOptionsQuery people)
{
    public async Task<ConferenceRunPage?> GetAsync(Guid conferenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var page = await pages.GetAsync(conferenceId, user, ct);

        // The texts are shown to exactly those who may run it (the case's team and the coordinator).
        if (page is not { ShowsTexts: true })
        {
            return null;
        }

        var staff = await people.GetAsync(ct);
        return new ConferenceRunPage(page, staff.Staff) { Form = ConferenceRunForm.Of(page) };
    }
}
