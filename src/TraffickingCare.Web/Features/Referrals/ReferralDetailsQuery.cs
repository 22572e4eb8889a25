using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// One referral, if the user may see it: the coordinator sees all, a caseworker those they logged or
/// were assigned. Anything else is "not found", so an id in the address reveals nothing.
/// </summary>
public sealed class ReferralDetailsQuery(AppDbContext db, CentreClock clock, CaseworkerOptionsQuery caseworkers)
{
    public async Task<ReferralDetailsViewModel?> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct, TriageReferralForm? refusedTriage = null)
    {
        var userId = user.GetUserId();
        var seesAll = user.IsInRole(Roles.Coordinator);
        var referral = await db.Referrals.AsNoTracking()
            .Where(r => r.Id == id && (seesAll || r.LoggedBy == userId || r.AssigneeId == userId))
            .SingleOrDefaultAsync(ct);
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
        // A refused triage is shown again with the coordinator's choices, against the referral as it is now.
        var form = refusedTriage ?? new TriageReferralForm();
        form.Version = referral.Version;
        var triage = seesAll && referral.IsAwaitingTriage
            ? new ReferralTriagePanel(await caseworkers.GetAsync(ct), form, referral.AssigneeId)
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
