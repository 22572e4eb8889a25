using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>
/// One projection of visits for the panel and the list: participants' names and the purpose's labels come in the same
/// SQL command (a retired purpose keeps its label).
/// </summary>
public sealed class FieldVisitRows(AppDbContext db)
{
    public async Task<IReadOnlyList<FieldVisitRow>> ListAsync(IQueryable<FieldVisit> visits, bool showsStory, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct) =>
        Shown(await Rows(visits).ToListAsync(ct), showsStory, user, utcNow);

    /// <summary>
    /// The case page's latest few and how many there are, in one command compiled from <see cref="Rows"/>
    /// (<see cref="CompiledRule"/>): asked on every view of a case (docs/performance.md).
    /// </summary>
    public async Task<(IReadOnlyList<FieldVisitRow> Latest, int Total)> LatestOfCaseAsync(Guid caseId, bool showsStory, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct)
    {
        var (latest, total) = Counted<FieldVisitRow>.Split(await Latest.For(db)(db, caseId).ToListAsync(ct));
        return (Shown(latest, showsStory, user, utcNow), total);
    }

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<Counted<FieldVisitRow>>>> Latest = new(db =>
        CompiledRule.List(db, (AppDbContext db, Guid caseId) => new FieldVisitRows(db).Rows(
            db.FieldVisits.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.On).ThenByDescending(v => v.WrittenAtUtc).Take(FieldVisitsPanel.Latest))
            .Select(r => new Counted<FieldVisitRow>(r, db.FieldVisits.Count(v => v.CaseId == caseId)))));

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
            v.AmendsVisitId)
        {
            PurposeLabels = new CodeListLabels(
                db.CodeListItems.Where(i => i.List == FieldVisitForm.PurposeList && i.Code == v.PurposeCode).Select(i => i.LabelLatin).FirstOrDefault(),
                db.CodeListItems.Where(i => i.List == FieldVisitForm.PurposeList && i.Code == v.PurposeCode).Select(i => i.LabelCyrillic).FirstOrDefault(),
                db.CodeListItems.Where(i => i.List == FieldVisitForm.PurposeList && i.Code == v.PurposeCode).Select(i => i.LabelEnglish).FirstOrDefault()),
        });

    private static IReadOnlyList<FieldVisitRow> Shown(IReadOnlyList<FieldVisitRow> rows, bool showsStory, ClaimsPrincipal user, DateTime utcNow)
    {
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        var userId = user.GetUserId();
        return [.. rows.Select(r => r with
        {
            Outcome = showsStory ? r.Outcome : null,
            NextStep = showsStory ? r.NextStep : null,
            PurposeLabel = r.PurposeLabels?.In(language) ?? r.PurposeCode,
            CanCorrect = showsStory && EditWindow.Allows(r.AuthorId, r.WrittenAtUtc, userId, utcNow),
        })];
    }
}
