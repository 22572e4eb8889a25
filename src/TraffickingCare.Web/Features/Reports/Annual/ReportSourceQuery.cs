using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>The cells of a year's report: computed now (live), or a published revision's frozen cells, never recomputed.</summary>
public sealed class ReportSourceQuery(AppDbContext db, AnnualFiguresQuery figures, IOptions<AnnualReportOptions> options)
{
    public async Task<ReportSource> LiveAsync(int year, CancellationToken ct)
    {
        var introduction = await db.ReportIntroductions.AsNoTracking().Where(i => i.Year == year).Select(i => new { i.Serbian, i.English }).SingleOrDefaultAsync(ct);
        var cells = await figures.GetAsync(year, ct);
        return new ReportSource(year, [.. cells], options.Value.SuppressionThreshold, null, null, Introduction(introduction?.Serbian, introduction?.English));
    }

    /// <summary>A published revision, or null when the year has no such revision.</summary>
    public async Task<ReportSource?> RevisionAsync(int year, int revision, CancellationToken ct)
    {
        // In the order published (a revision published before the order was kept: the key's order, as it was served then).
        var report = await db.PublishedReports.AsNoTracking()
            .Include(r => r.Cells.OrderBy(c => c.Position).ThenBy(c => c.Table).ThenBy(c => c.Row).ThenBy(c => c.Year)).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Year == year && r.Revision == revision, ct);
        if (report is null)
        {
            return null;
        }

        var frozen = report.Cells.All(c => c.Shown is not null) ? report.Cells.ToDictionary(c => new CellKey(c.Table, c.Row, c.Year), c => c.Shown!) : null;
        return new ReportSource(year, [.. report.Cells.Select(c => c.ToCell())], report.SuppressionThreshold, report.Revision, report.PublishedAtUtc,
            Introduction(report.IntroductionSerbian, report.IntroductionEnglish), frozen);
    }

    /// <summary>The introduction in the reader's language: the English text for English, else the Serbian one.</summary>
    private static string? Introduction(string? serbian, string? english) =>
        Infrastructure.Localization.Cultures.ToUiLanguage(System.Globalization.CultureInfo.CurrentUICulture) == Domain.Common.UiLanguage.English
            ? english ?? serbian
            : serbian;
}
