using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>A case's field visits for anyone who sees the case, paged in SQL; outcomes and next steps only for its team. Null when out of reach.</summary>
public sealed class FieldVisitsPageQuery(AppDbContext db, CaseAccess access, CodeListOptionsQuery codes, StaffOrPartnerOptionsQuery people, FieldVisitRows rows, CentreClock clock)
{
    /// <param name="typed">The form as posted, when the page shows it again (a partner search, a refusal): its partners stay offered.</param>
    /// <param name="heldPurpose">The purpose of the visit the form corrects or amends: offered even when retired.</param>
    public async Task<FieldVisitsPage?> GetAsync(Guid caseId, int pageNumber, ClaimsPrincipal user, CancellationToken ct, FieldVisitForm? typed = null, string? heldPurpose = null)
    {
        var file = await access.Visible(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Code, c.AnonymisedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        // Found through the access rule: whether the user may change it and reads its story follow without a query.
        var canEdit = CaseAccess.MayEditVisible(user, file.AnonymisedAtUtc);
        var showsStory = CaseAccess.WorksOnVisible(user);

        var visits = db.FieldVisits.AsNoTracking().Where(v => v.CaseId == caseId);
        var total = await visits.CountAsync(ct);
        var pages = Math.Max(1, (total + FieldVisitsPage.PageSize - 1) / FieldVisitsPage.PageSize);
        var page = Math.Clamp(pageNumber, 1, pages);
        var purposes = await codes.GetAsync(FieldVisitForm.PurposeList, keep: heldPurpose ?? typed?.HeldPurposeCode, ct: ct);
        var options = canEdit ? await people.ForCaseAsync(caseId, VisitParticipants.Recorded(db, caseId), ct, typed?.PartnerFind, typed?.Participants) : StaffOrPartnerOptions.None;
        var list = await rows.ListAsync(
            visits.OrderByDescending(v => v.On).ThenByDescending(v => v.WrittenAtUtc).Skip((page - 1) * FieldVisitsPage.PageSize).Take(FieldVisitsPage.PageSize),
            showsStory, user, clock.UtcNow, ct);
        return new FieldVisitsPage(caseId, file.Code, canEdit, showsStory, list, total, new Pager(page, pages), new FieldVisitEntry(caseId, typed ?? NewForm(options, user), purposes, options));
    }

    /// <summary>The purpose a visit of the case holds now (the one a form corrects or amends); null for a new visit. See <see cref="FieldVisitForm.HeldPurposeCode"/>.</summary>
    public async Task<string?> HeldPurposeAsync(Guid caseId, Guid? visitId, CancellationToken ct) =>
        visitId is { } id ? await db.FieldVisits.Where(v => v.Id == id && v.CaseId == caseId).Select(v => v.PurposeCode).SingleOrDefaultAsync(ct) : null;

    /// <summary>A new visit: today, with the user among those who went when they are on the staff list.</summary>
    public FieldVisitForm NewForm(StaffOrPartnerOptions options, ClaimsPrincipal user)
    {
        var me = StaffOrPartnerValue.OfUser(user.GetUserId());
        return new FieldVisitForm { On = CentreClock.FormatDate(clock.Today), Participants = options.Staff.Any(o => o.Code == me) ? [me] : [] };
    }

    public async Task<FieldVisitEditPage?> GetOneAsync(Guid caseId, Guid visitId, ClaimsPrincipal user, CancellationToken ct, FieldVisitForm? typed = null)
    {
        var visit = await db.FieldVisits.AsNoTracking().Include(v => v.Participants).SingleOrDefaultAsync(v => v.Id == visitId && v.CaseId == caseId, ct);
        var page = visit is null ? null : await GetAsync(caseId, 1, user, ct, typed, visit.PurposeCode);
        if (page is null || visit is null)
        {
            return null;
        }

        var row = (await rows.ListAsync(db.FieldVisits.AsNoTracking().Where(v => v.Id == visitId), page.ShowsStory, user, clock.UtcNow, ct))[0];
        var form = new FieldVisitForm
        {
            On = CentreClock.FormatDate(visit.On),
            Place = visit.Place.ToString(),
            PurposeCode = visit.PurposeCode,
            Participants = [.. visit.Participants.Select(p => StaffOrPartnerValue.Of(p.UserId, p.PartnerId))],
            Outcome = page.ShowsStory ? visit.Outcome : null,
            NextStep = page.ShowsStory ? visit.NextStep : null,
            NextStepOn = visit.NextStepOn is { } due ? CentreClock.FormatDate(due) : null,
            Version = row.CanCorrect ? visit.Version : 0,
            AmendsVisitId = row.CanCorrect ? null : visitId,
        };
        return new FieldVisitEditPage(page.CaseCode, page.CanEdit, row, page.Entry with { VisitForm = form, CorrectsVisitId = row.CanCorrect ? visitId : null });
    }
}
