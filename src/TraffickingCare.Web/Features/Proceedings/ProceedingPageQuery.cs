using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>The pages of the proceedings: a case's list, and one proceeding with its history and hearings.</summary>
public sealed class ProceedingPageQuery(
    AppDbContext db, CaseAccess access, ProceedingScope scope, PartnerOptionsQuery partners, CaseStaffQuery staff, CentreClock clock)
{
    /// <summary>The case's proceedings as rows (authority, stage, next hearing): one query, for the list page and the case panel alike.</summary>
    public async Task<IReadOnlyList<ProceedingRow>> RowsAsync(Guid caseId, CancellationToken ct) =>
        await Rows.For(db)(db, caseId, clock.UtcNow).ToListAsync(ct);

    // Compiled: the case page's proceedings panel asks it on every view (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateTime, IAsyncEnumerable<ProceedingRow>>> Rows = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, DateTime, ProceedingRow>((db, caseId, now) =>
            db.Proceedings.AsNoTracking()
                .Where(p => p.CaseId == caseId)
                .OrderBy(p => p.CreatedAtUtc)
                .Select(p => new ProceedingRow(
                    p.Id,
                    db.Partners.Where(a => a.Id == p.AuthorityId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                    p.Role,
                    p.Stage,
                    p.StageSince,
                    p.LawyerEngaged,
                    db.Hearings.Where(h => h.ProceedingId == p.Id && h.StartsAtUtc >= now).Min(h => (DateTime?)h.StartsAtUtc)))));

    public async Task<CaseProceedingsPage?> CaseAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var file = await access.Visible(user).AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var canEdit = await access.MayEditAsync(user, caseId, ct);
        return new CaseProceedingsPage(file.Id, file.Code, canEdit, await RowsAsync(caseId, ct),
            canEdit ? await ProceedingOptions.LoadAsync(partners, staff, caseId, null, ct) : new([], [], []));
    }

    public async Task<ProceedingPage?> ProceedingAsync(Guid proceedingId, ClaimsPrincipal user, CancellationToken ct)
    {
        var p = await scope.Visible(user).AsNoTracking().Include(x => x.Stages).SingleOrDefaultAsync(x => x.Id == proceedingId, ct);
        if (p is null)
        {
            return null;
        }

        var code = await db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Code).SingleAsync(ct);
        var canEdit = await scope.Editable(user).AnyAsync(x => x.Id == proceedingId, ct);
        var names = await db.Partners.AsNoTracking()
            .Where(x => x.Id == p.AuthorityId || x.Id == p.LawyerPartnerId)
            .Select(x => new { x.Id, x.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var recorders = p.Stages.Select(s => s.RecordedBy).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => recorders.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        List<HearingRow> hearings = await db.Hearings.AsNoTracking()
            .Where(h => h.ProceedingId == proceedingId)
            .OrderBy(h => h.StartsAtUtc)
            .Select(h => new HearingRow(
                h.Id,
                h.StartsAtUtc,
                db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault() ?? string.Empty,
                h.Kind,
                db.Users.Where(u => u.Id == h.EscortUserId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Partners.Where(e => e.Id == h.EscortPartnerId).Select(e => e.Name).FirstOrDefault(),
                h.PsychologicalSupport,
                h.StatementGiven,
                h.Outcome))
            .ToListAsync(ct);

        // The outcome is the person's story at court: shown only to those who work on the case.
        hearings = [.. hearings.Select(h => canEdit ? h : h with { Outcome = null })];

        var summary = new ProceedingSummary(
            p.Version,
            names.GetValueOrDefault(p.AuthorityId, string.Empty),
            canEdit ? p.CaseNumber : null,
            p.Role,
            p.Stage,
            p.StageSince,
            p.LawyerEngaged,
            p.LawyerPartnerId is { } lawyer ? names.GetValueOrDefault(lawyer) : null,
            canEdit ? p.LawyerDescription : null,
            p.Measures,
            p.Claimed,
            p.Awarded,
            p.NonPunishmentApplied);
        var history = p.Stages.OrderBy(s => s.Since).ThenBy(s => s.CreatedAtUtc)
            .Select(s => new StageRow(s.Stage, s.Since, people.GetValueOrDefault(s.RecordedBy, string.Empty), canEdit ? s.Reason : null))
            .ToList();
        var options = canEdit ? await ProceedingOptions.LoadAsync(partners, staff, p.CaseId, p.AuthorityId, ct) : new([], [], []);
        return new ProceedingPage(p.Id, p.CaseId, code, canEdit, canEdit, summary, history, hearings, options)
        {
            Form = FormOf(p),
            StageForm = new StageForm { Version = p.Version },
        };
    }

    private static ProceedingForm FormOf(Domain.Proceedings.Proceeding p) => new()
    {
        Version = p.Version,
        AuthorityId = p.AuthorityId,
        CaseNumber = p.CaseNumber,
        Role = p.Role,
        LawyerEngaged = p.LawyerEngaged,
        LawyerPartnerId = p.LawyerPartnerId,
        LawyerDescription = p.LawyerDescription,
        Measures = [.. Domain.Proceedings.ProtectiveMeasureFlags.Split(p.Measures)],
        ClaimedAmount = p.ClaimedAmount is { } c ? ProceedingInput.FormatAmount(c) : null,
        ClaimedCurrency = p.ClaimedCurrency ?? "RSD",
        ClaimedOn = p.ClaimedOn is { } co ? CentreClock.FormatDate(co) : null,
        AwardedAmount = p.AwardedAmount is { } a ? ProceedingInput.FormatAmount(a) : null,
        AwardedCurrency = p.AwardedCurrency ?? "RSD",
        AwardedOn = p.AwardedOn is { } ao ? CentreClock.FormatDate(ao) : null,
        NonPunishmentApplied = p.NonPunishmentApplied,
    };
}
