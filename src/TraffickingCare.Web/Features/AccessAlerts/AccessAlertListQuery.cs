using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.AccessAlerts;

/// <summary>
/// Alerts not yet reviewed first, then the newest. Alerts are rare (one a user a window at most), so the newest
/// <see cref="Shown"/> cover years; every one stays in the table and in the audit trail. Two commands whatever the count.
/// </summary>
public sealed class AccessAlertListQuery(AppDbContext db)
{
    public const int Shown = 200;

    public async Task<IReadOnlyList<AccessAlertRow>> RunAsync(string viewerId, CancellationToken ct)
    {
        var alerts = await db.BulkViewAlerts.AsNoTracking()
            .OrderBy(a => a.ReviewedBy == null ? 0 : 1)
            .ThenByDescending(a => a.DetectedAtUtc)
            .Take(Shown)
            .ToListAsync(ct);

        var ids = alerts.SelectMany(a => new[] { a.UserId, a.ReviewedBy }).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking()
            .Where(u => EF.Parameter(ids).Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName })
            .ToDictionaryAsync(u => u.Id, ct);

        return alerts.Select(a => new AccessAlertRow(
                a.Id, a.Version,
                people.GetValueOrDefault(a.UserId)?.UserName ?? a.UserId,
                people.GetValueOrDefault(a.UserId)?.DisplayName ?? string.Empty,
                a.DetectedAtUtc, a.DistinctCases, a.WindowMinutes,
                a.ReviewedBy is null ? null : people.GetValueOrDefault(a.ReviewedBy)?.DisplayName ?? a.ReviewedBy,
                a.ReviewedAtUtc,
                !a.IsReviewed && a.UserId != viewerId))
            .ToList();
    }
}
