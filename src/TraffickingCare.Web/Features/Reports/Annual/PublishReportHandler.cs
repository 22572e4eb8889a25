using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// Freezes the year's figures as they are now into the next revision. Two managers publishing at once compute the
/// same number; the unique (year, revision) index lets one through and the other is told. The form carries the latest
/// revision its page showed (<paramref name="after"/> of <see cref="HandleAsync"/>), so a second click, or a manager
/// who has not seen a revision published meanwhile, is told instead of publishing again: one click, one revision.
/// </summary>
public sealed class PublishReportHandler(AppDbContext db, AnnualFiguresQuery figures, IOptions<AnnualReportOptions> options, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(int year, int after, string userId, CancellationToken ct)
    {
        var latest = await db.PublishedReports.Where(r => r.Year == year).MaxAsync(r => (int?)r.Revision, ct) ?? 0;
        if (latest != after)
        {
            return ChangeResult.Refused("Reports.Errors.PublishedMeanwhile");
        }

        var cells = await figures.GetAsync(year, ct);
        var introduction = await db.ReportIntroductions.AsNoTracking().SingleOrDefaultAsync(i => i.Year == year, ct);

        // Inside OfAsync as every change: a broken rule (nothing to publish) or a database held by an import's commit is a
        // localized refusal on the report's page, not the error page.
        return await ChangeResult.OfAsync(async () =>
        {
            var report = PublishedReport.Publish(year, latest + 1, cells, options.Value.SuppressionThreshold, introduction, userId, clock.UtcNow);
            db.PublishedReports.Add(report);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
            {
                return ChangeResult.Refused("Reports.Errors.PublishedMeanwhile");
            }

            return ChangeResult.Done with { Id = report.Id, Version = report.Revision, DoneArgs = [year, report.Revision] };
        });
    }
}
