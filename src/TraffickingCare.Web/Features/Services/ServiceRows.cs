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

namespace TraffickingCare.Web.Features.Services;

/// <summary>
/// One projection of services for the panel and the list: giver and author names, and the type's labels, joined in the
/// same SQL command (a retired type keeps its label).
/// </summary>
public sealed class ServiceRows(AppDbContext db)
{
    public async Task<IReadOnlyList<ServiceRow>> ListAsync(IQueryable<CaseService> services, bool showsStory, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct) =>
        Shown(await Rows(services).ToListAsync(ct), showsStory, user, utcNow);

    /// <summary>
    /// The case page's latest few and how many there are, in one command compiled from <see cref="Rows"/>
    /// (<see cref="CompiledRule"/>): asked on every view of a case (docs/performance.md).
    /// </summary>
    public async Task<(IReadOnlyList<ServiceRow> Latest, int Total)> LatestOfCaseAsync(Guid caseId, bool showsStory, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct)
    {
        var (latest, total) = Counted<ServiceRow>.Split(await Latest.For(db)(db, caseId).ToListAsync(ct));
        return (Shown(latest, showsStory, user, utcNow), total);
    }

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<Counted<ServiceRow>>>> Latest = new(db =>
        CompiledRule.List(db, (AppDbContext db, Guid caseId) => new ServiceRows(db).Rows(
            db.CaseServices.AsNoTracking().Where(s => s.CaseId == caseId).OrderByDescending(s => s.On).ThenByDescending(s => s.WrittenAtUtc).Take(ServicesPanel.Latest))
            .Select(r => new Counted<ServiceRow>(r, db.CaseServices.Count(s => s.CaseId == caseId)))));

    /// <remarks>
    /// The note is read for every row and dropped in <see cref="Shown"/> for a reader the story is hidden from: a switch
    /// inside the projection would be a value a compiled query keeps for every caller.
    /// </remarks>
    private IQueryable<ServiceRow> Rows(IQueryable<CaseService> services) =>
        services.Select(s => new ServiceRow(
            s.Id,
            s.TypeCode,
            s.On,
            s.DurationMinutes,
            s.GivenByUserId != null
                ? db.Users.Where(u => u.Id == s.GivenByUserId).Select(u => u.DisplayName).FirstOrDefault()
                : db.Partners.Where(p => p.Id == s.GivenByPartnerId).Select(p => p.Name).FirstOrDefault(),
            s.GivenByPartnerId != null,
            s.Note,
            s.AuthorId,
            db.Users.Where(u => u.Id == s.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            s.WrittenAtUtc,
            s.AmendsServiceId)
        {
            TypeLabels = new CodeListLabels(
                db.CodeListItems.Where(i => i.List == ServiceForm.TypeList && i.Code == s.TypeCode).Select(i => i.LabelLatin).FirstOrDefault(),
                db.CodeListItems.Where(i => i.List == ServiceForm.TypeList && i.Code == s.TypeCode).Select(i => i.LabelCyrillic).FirstOrDefault(),
                db.CodeListItems.Where(i => i.List == ServiceForm.TypeList && i.Code == s.TypeCode).Select(i => i.LabelEnglish).FirstOrDefault()),
        });

    private static IReadOnlyList<ServiceRow> Shown(IReadOnlyList<ServiceRow> rows, bool showsStory, ClaimsPrincipal user, DateTime utcNow)
    {
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        var userId = user.GetUserId();
        return [.. rows.Select(r => r with
        {
            Note = showsStory ? r.Note : null,
            TypeLabel = r.TypeLabels?.In(language) ?? r.TypeCode,
            CanCorrect = showsStory && EditWindow.Allows(r.AuthorId, r.WrittenAtUtc, userId, utcNow),
        })];
    }
}
