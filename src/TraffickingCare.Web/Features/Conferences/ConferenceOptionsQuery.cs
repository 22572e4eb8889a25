using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>The scheduling form's page for a case the user may change (null when out of reach), and the network actors it offers.</summary>
public sealed class ConferenceOptionsQuery(AppDbContext db, CaseAccess cases, PartnerOptionsQuery partnerOptions, CaseStaffQuery caseStaff, CentreClock clock)
{
    public async Task<ConferenceFormPage?> NewAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var code = await cases.Editable(user).Where(c => c.Id == caseId).Select(c => c.Code).SingleOrDefaultAsync(ct);
        if (code is null)
        {
            return null;
        }

        var me = StaffOrPartnerValue.OfUser(user.GetUserId());
        var options = await OptionsAsync(caseId, null, ct);
        var mine = options.Staff.Any(o => o.Code == me);
        return new ConferenceFormPage(caseId, code, null, options)
        {
            Form = new ConferenceForm { Date = CentreClock.FormatDate(clock.Today.AddDays(7)), Time = "10:00", Chair = mine ? me : null, Staff = mine ? [me] : [] }.Padded(),
        };
    }

    public async Task<ConferenceOptions> OptionsAsync(Guid caseId, Guid? conferenceId, CancellationToken ct)
    {
        var partners = await partnerOptions.GetAsync(ct: ct);
        var open = await OpenActionItems.OfCase(db, caseId).AnyAsync(ct);
        return new ConferenceOptions(await StaffAsync(caseId, ct), partners, await ActorsAsync(caseId, conferenceId, ct), open);
    }

    /// <summary>The Centre's people a conference on the case may name (chair, invited, owner): those who may see the case.</summary>
    public async Task<IReadOnlyList<CodeListOption>> StaffAsync(Guid caseId, CancellationToken ct) =>
        (await caseStaff.Of(caseId, withCoordinators: true).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => new CodeListOption(StaffOrPartnerValue.OfUser(u.Id), u.DisplayName)).ToList();

    /// <summary>The case's active network actors with an institution, and (when rescheduling) the partners already invited.</summary>
    public async Task<IReadOnlyList<CodeListOption>> ActorsAsync(Guid caseId, Guid? conferenceId, CancellationToken ct)
    {
        var actors = db.NetworkActors.Where(a => a.CaseId == caseId && a.EndedOn == null && a.PartnerId != null)
            .Select(a => new { PartnerId = a.PartnerId!.Value, ContactId = a.PartnerContactId });
        var invited = db.ConferenceParticipants.Where(p => p.ConferenceId == conferenceId && p.Kind == ParticipantKind.Partner)
            .Select(p => new { PartnerId = p.PartnerId!.Value, ContactId = p.ContactId });
        var rows = await actors.Concat(invited)
            .Select(a => new
            {
                a.PartnerId,
                a.ContactId,
                Partner = db.Partners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).First(),
                Contact = db.PartnerContacts.Where(c => c.Id == a.ContactId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new CodeListOption(ActorValue.Of(r.PartnerId, r.ContactId), r.Contact is null ? r.Partner : $"{r.Partner} · {r.Contact}"))
            .DistinctBy(o => o.Code)
            .OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }
}
