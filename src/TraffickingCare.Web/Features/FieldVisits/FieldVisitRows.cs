using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>One projection of visits for the panel and the list: participants' names come in the same SQL command.</summary>
public sealed class FieldVisitRows(AppDbContext db)
{
    public async Task<IReadOnlyList<FieldVisitRow>> ListAsync(
        IQueryable<FieldVisit> visits, bool showsStory, IReadOnlyList<CodeListOption> purposes, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct) =>
        Shown(await Rows(visits).ToListAsync(ct), showsStory, purposes, user, utcNow);

    /// <summary>
    /// The case page's latest few, compiled from <see cref="Rows"/> (<see cref="CompiledRule"/>): asked on every view
    /// of a case (docs/performance.md).
    /// </summary>
    public async Task<IReadOnlyList<FieldVisitRow>> LatestOfCaseAsync(
        Guid caseId, bool showsStory, IReadOnlyList<CodeListOption> purposes, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct) =>
        Shown(await Latest.For(db)(db, caseId).ToListAsync(ct), showsStory, purposes, user, utcNow);

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<FieldVisitRow>>> Latest = new(db =>
        CompiledRule.List(db, (AppDbContext db, Guid caseId) => new FieldVisitRows(db).Rows(
            db.FieldVisits.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.On).ThenByDescending(v => v.WrittenAtUtc).Take(FieldVisitsPanel.Latest))));

    /// <remarks>
    /// The outcome and the next step are read for every row and dropped in <see cref="Shown"/> for a reader the story is
    /// hidden from: a switch inside the projection would be a value a compiled query keeps for every caller.
    /// </remarks>
    private IQueryable<FieldVisitRow> Rows(IQueryable<FieldVisit> visits) =>
        visits.Select(v => new FieldVisitRow(
            v.Id,
            v.On,
            v.Place,
            v.PurposeCode,
            v.Participants.Select(p => p.UserId != null
                ? db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault()
                : db.Partners.Where(x => x.Id == p.PartnerId).Select(x => x.Name).FirstOrDefault()).ToList(),
            v.Outcome,
            v.NextStep,
            v.NextStepOn,
            v.AuthorId,
            db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            v.WrittenAtUtc,
            v.AmendsVisitId));

    private static IReadOnlyList<FieldVisitRow> Shown(List<FieldVisitRow> rows, bool showsStory, IReadOnlyList<CodeListOption> purposes, ClaimsPrincipal user, DateTime utcNow)
    {
        var labels = purposes.ToDictionary(t => t.Code, t => t.Label);
        var userId = user.GetUserId();
        return [.. rows.Select(r => r with
        {
            Outcome = showsStory ? r.Outcome : null,
            NextStep = showsStory ? r.NextStep : null,
            PurposeLabel = labels.GetValueOrDefault(r.PurposeCode, r.PurposeCode),
            CanCorrect = showsStory && EditWindow.Allows(r.AuthorId, r.WrittenAtUtc, userId, utcNow),
        })];
    }
}
