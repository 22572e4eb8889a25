using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

public sealed class HearingPageQuery(AppDbContext db, ProceedingScope scope, PartnerOptionsQuery partners, CaseStaffQuery staff)
{
    public async Task<HearingPage?> GetAsync(Guid hearingId, ClaimsPrincipal user, CancellationToken ct)
    {
        var h = await scope.VisibleHearings(user).AsNoTracking().SingleOrDefaultAsync(x => x.Id == hearingId, ct);
        if (h is null)
        {
            return null;
        }

        var canEdit = await scope.EditableHearings(user).AnyAsync(x => x.Id == hearingId, ct);
        var context = await db.Proceedings.AsNoTracking().Where(p => p.Id == h.ProceedingId)
            .Select(p => new
            {
                p.CaseId,
                Code = db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Code).First(),
                Authority = db.Partners.Where(a => a.Id == p.AuthorityId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                Court = db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault() ?? string.Empty,
                Escort = db.Users.Where(u => u.Id == h.EscortUserId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Partners.Where(e => e.Id == h.EscortPartnerId).Select(e => e.Name).FirstOrDefault(),
            })
            .SingleAsync(ct);
        var row = new HearingRow(h.Id, h.StartsAtUtc, context.Court, h.Kind, context.Escort, h.PsychologicalSupport, h.StatementGiven, canEdit ? h.Outcome : null);
        var local = CentreClock.ToLocal(h.StartsAtUtc);
        return new HearingPage(h.Id, h.ProceedingId, context.Code, context.Authority, canEdit, row,
            canEdit ? await ProceedingOptions.LoadAsync(partners, staff, context.CaseId, h.CourtId, ct, db.Hearings.Where(x => x.Id == hearingId).Select(x => x.EscortUserId)) : new([], [], []))
        {
            Form = new HearingForm
            {
                Version = h.Version,
                Date = CentreClock.FormatDate(DateOnly.FromDateTime(local)),
                Time = CentreClock.FormatTime(local),
                CourtId = h.CourtId,
                Kind = h.Kind,
                EscortUserId = h.EscortUserId,
                EscortPartnerId = h.EscortPartnerId,
                PsychologicalSupport = h.PsychologicalSupport,
                StatementGiven = h.StatementGiven,
                Outcome = canEdit ? h.Outcome : null,
            },
        };
    }
}
