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
/// view rows, and raises one alert a user a window for management. The log names the user's id and the figures, never
/// a case.
/// </summary>
/// <remarks>
/// Its cost must not grow with the user's own pace: counting every view in the window on every case view made a
/// coordinator's hundredth view a second read tens of thousands of index entries, and a load run slowed as the window
/// filled. A case seen again within the window cannot raise the count, and is found with a seek on the view index
/// that leads with the case and the user; only a case new in the window is counted, on the index of the user's views
/// by time (the window's views alone), and the count stops once it passes the threshold. An alert is raised on the
/// first view that passes it, so nothing is noticed later than before.
/// </remarks>
public sealed class BulkViewWatch(IOptions<BulkViewOptions> options, ILogger<BulkViewWatch> log)
{
    public async Task CheckAsync(AppDbContext db, string userId, Guid caseId, DateTime nowUtc, CancellationToken ct)
    {
        var window = options.Value.BulkViewWindow;
        var threshold = options.Value.BulkViewThreshold;
        var since = nowUtc - window;
        // The view just recorded is one of them: a second means the case was open already within the window.
        if (await ViewsOfCase.For(db)(db, userId, caseId, since, ct) > 1)
        {
            return;
        }

        var opened = await CasesOpened.For(db)(db, userId, since, threshold + 1, ct);
        if (opened <= threshold || await db.BulkViewAlerts.AnyAsync(a => a.UserId == userId && a.DetectedAtUtc >= since, ct))
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

    // Compiled: they run on every case view.
    private static readonly CompiledPerModel<Func<AppDbContext, string, Guid, DateTime, CancellationToken, Task<int>>> ViewsOfCase = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId, Guid caseId, DateTime since, CancellationToken ct) =>
            db.AuditEntries.Where(a => a.UserId == userId && a.Action == AuditAction.Viewed && a.EntityType == nameof(CaseFile) && a.AtUtc >= since && a.EntityId == caseId)
                .Take(2).Count()));

    private static readonly CompiledPerModel<Func<AppDbContext, string, DateTime, int, CancellationToken, Task<int>>> CasesOpened = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId, DateTime since, int atMost, CancellationToken ct) =>
            db.AuditEntries.Where(a => a.UserId == userId && a.Action == AuditAction.Viewed && a.EntityType == nameof(CaseFile) && a.AtUtc >= since)
                .Select(a => a.EntityId).Distinct().Take(atMost).Count()));
}
