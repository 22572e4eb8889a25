using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>The published revisions of a year, newest first, with who published each: one SQL command.</summary>
public sealed class RevisionListQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<RevisionSummary>> GetAsync(int year, CancellationToken ct) =>
        await (from r in db.PublishedReports.AsNoTracking()
               where r.Year == year
               join u in db.Users on r.PublishedBy equals u.Id into users
               from u in users.DefaultIfEmpty()
               orderby r.Revision descending
               select new RevisionSummary(r.Revision, r.PublishedAtUtc, u == null ? r.PublishedBy : u.DisplayName, r.RuleVersion, r.SuppressionThreshold))
            .ToListAsync(ct);
}

public sealed record RevisionSummary(int Revision, DateTime PublishedAtUtc, string PublishedBy, string RuleVersion, int SuppressionThreshold);
