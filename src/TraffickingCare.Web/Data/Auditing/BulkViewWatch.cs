using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Data.Auditing;

public sealed class BulkViewOptions
{
    public const string Section = "Security";

    /// <summary>More distinct case files than this, opened by one user within <see cref="BulkViewWindow"/>, raise an alert.</summary>
    public int BulkViewThreshold { get; set; } = 30;

    public TimeSpan BulkViewWindow { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Notices a user opening more distinct case files within the window than casework needs, from the audit trail's own
/// view rows (one indexed count a case view), and raises one alert a user a window for management. The log names the
/// user's id and the figures, never a case.
/// </summary>
public sealed class BulkViewWatch(IOptions<BulkViewOptions> options, ILogger<BulkViewWatch> log)
{
    public async Task CheckAsync(AppDbContext db, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var window = options.Value.BulkViewWindow;
        var since = nowUtc - window;
        var opened = await db.AuditEntries
            .Where(a => a.UserId == userId && a.Action == AuditAction.Viewed && a.EntityType == nameof(CaseFile) && a.AtUtc >= since)
            .Select(a => a.EntityId).Distinct().CountAsync(ct);
        if (opened <= options.Value.BulkViewThreshold || await db.BulkViewAlerts.AnyAsync(a => a.UserId == userId && a.DetectedAtUtc >= since, ct))
        {
            return;
        }

        var alert = BulkViewAlert.Raise(userId, nowUtc, opened, (int)Math.Ceiling(window.TotalMinutes));
        db.BulkViewAlerts.Add(alert);
        await db.SaveChangesAsync(ct);
        log.LogWarning(
            "Bulk viewing: user {UserId} opened {DistinctCases} distinct case files within {WindowMinutes} minutes (alert {AlertId})",
            userId, opened, alert.WindowMinutes, alert.Id);
    }
}
