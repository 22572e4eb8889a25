using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Referrals.Triage;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// One referral, if the user may see it (<see cref="ReferralAccess"/>): anything else is "not found",
/// so an id in the address reveals nothing. The coordinator also gets the triage panel while it waits.
/// </summary>
public sealed class ReferralDetailsQuery(AppDbContext db, CentreClock clock, ReferralAccess access, ReferralTriagePanelQuery triagePanel)
{
    /// <param name="again">What a refused post or a person search brings back to the page; null for the page as it is.</param>
    /// <param name="caseworkerFind">What the coordinator typed to find a caseworker (a large centre's picker searches).</param>
    public async Task<ReferralDetailsViewModel?> GetAsync(
        Guid referralId, ClaimsPrincipal user, CancellationToken ct, TriageShownAgain? again = null, string? caseworkerFind = null)
    {
        var referral = await access.Visible(user).AsNoTracking().Where(r => r.Id == referralId).SingleOrDefaultAsync(ct);
        if (referral is null)
        {
            return null;
        }

        var codes = new[] { referral.ChannelCode, referral.ReferrerSectorCode, referral.MunicipalityCode, referral.Person.SexCode, referral.Person.CitizenshipCode, referral.Person.LanguageCode }
            .OfType<string>().ToList();
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        var labels = await db.CodeListItems.AsNoTracking()
            .Where(c => codes.Contains(c.Code))
            .Select(c => new { c.List, c.Code, Label = language == UiLanguage.Cyrillic ? c.LabelCyrillic : language == UiLanguage.English ? c.LabelEnglish : c.LabelLatin })
            .ToListAsync(ct);
        string? Label(string list, string? code) => code is null ? null : labels.FirstOrDefault(x => x.List == list && x.Code == code)?.Label ?? code;

        var urgency = new List<string>();
        if (referral.Urgency.ImmediateDanger) { urgency.Add("Referrals.Log.ImmediateDanger"); }
        if (referral.Urgency.Child) { urgency.Add("Referrals.Log.Child"); }
        if (referral.Urgency.Injured) { urgency.Add("Referrals.Log.Injured"); }
        if (referral.Urgency.Detained) { urgency.Add("Referrals.Log.Detained"); }

        var assignee = referral.AssigneeId is null ? null : await db.Users.Where(u => u.Id == referral.AssigneeId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        var caseCode = referral.CaseId is null ? null : await db.Cases.IgnoreQueryFilters().Where(c => c.Id == referral.CaseId).Select(c => c.Code).SingleOrDefaultAsync(ct);
        var triage = ReferralAccess.Triages(user) && referral.IsAwaitingTriage
            ? await triagePanel.GetAsync(referral, again ?? new TriageShownAgain(), caseworkerFind, ct)
            : null;

        return new ReferralDetailsViewModel(
            referral.Id,
            CentreClock.ToLocal(referral.ReceivedAtUtc),
            CentreClock.ToLocal(referral.TriageDeadlineUtc),
            referral.IsOverdue(clock.UtcNow),
            referral.Urgency.IsUrgent,
            "Referrals.Status." + referral.Status,
            Label(ReferralCodeLists.Channel, referral.ChannelCode)!,
            Label(ReferralCodeLists.ReferrerSector, referral.ReferrerSectorCode)!,
            referral.ReferrerOrganisation,
            referral.ReferrerContact,
            Label(ReferralCodeLists.Municipality, referral.MunicipalityCode),
            referral.Person.NameOrAlias,
            Label(ReferralCodeLists.Sex, referral.Person.SexCode),
            referral.Person.Age,
            referral.Person.DateOfBirth,
            Label(ReferralCodeLists.Citizenship, referral.Person.CitizenshipCode),
            Label(ReferralCodeLists.Language, referral.Person.LanguageCode),
            referral.Circumstances,
            urgency,
            referral.Version,
            assignee,
            caseCode,
            referral.OutcomeNote,
            referral.TriagedAtUtc is { } triaged ? CentreClock.ToLocal(triaged) : null)
        {
            Triage = triage,
        };
    }
}
