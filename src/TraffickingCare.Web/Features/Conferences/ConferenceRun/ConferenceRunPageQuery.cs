using System.Security.Claims;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>The run page of a conference the user may run (null when out of reach), the form filled from what is saved.</summary>
public sealed class ConferenceRunPageQuery(ConferencePageQuery pages, ConferenceOptionsQuery options)
{
    public async Task<ConferenceRunPage?> GetAsync(Guid conferenceId, ClaimsPrincipal user, CancellationToken ct)
    {
        var page = await pages.GetAsync(conferenceId, user, ct);

        // The texts are shown to exactly those who may run it (the case's team and the coordinator).
        if (page is not { ShowsTexts: true })
        {
            return null;
        }

        return new ConferenceRunPage(page, await options.StaffAsync(page.CaseId, ct)) { Form = ConferenceRunForm.Of(page) };
    }
}
