using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// The report's counts kept per month on write (<see cref="ReferralMonths"/>, <see cref="DecisionWaits"/>,
/// <see cref="PersonMonths"/>) and the sector table's (<see cref="SectorWaits"/>), so that the report sums a few rows a
/// month instead of reading five years of records at each request (at a million cases that reading was 12 seconds,
/// and the sector table's 8 seconds; docs/performance.md). A save recounts the months it
/// touches, in its transaction, after the services' tallies and the counted persons it changes; a bulk writer
/// collects the months of all its batches and recounts them once, at its end (<see cref="AppDbContext.DeferredMonths"/>).
/// </summary>
internal static class KeptMonths
{
    /// <summary>
    /// Finds the months of the cases named in <paramref name="months"/> (their referrals', their counted persons') and
    /// recounts every month, or leaves them to the bulk writer that collects them.
    /// </summary>
    public static async Task RecountAsync(AppDbContext db, MonthsToCount months, CancellationToken ct)
    {
        if (months.ReferralsOfCases.Count > 0)
        {
            // The ids go as one JSON parameter (EF.Parameter), as the tallies' do: an import batch's cases as separate
            // parameters would come near SQL Server's limit of 2,100.
            List<Guid> cases = [.. months.ReferralsOfCases];
            var received = await db.Referrals.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.CaseId != null && EF.Parameter(cases).Contains(r.CaseId.Value)).Select(r => r.ReceivedAtUtc).ToListAsync(ct);
            months.Referrals.UnionWith(received.Select(ReportMonth.OfInstant));
            months.ReferralsOfCases.Clear();
        }

        if (months.PersonsOfCases.Count > 0)
        {
            List<Guid> cases = [.. months.PersonsOfCases];
            var counted = await db.CountedPersons.AsNoTracking().Where(p => EF.Parameter(cases).Contains(p.CaseId))
                .Select(p => new { p.Year, p.Month }).Distinct().ToListAsync(ct);
            months.Persons.UnionWith(counted.Select(p => new ReportMonth(p.Year, p.Month)));
            months.PersonsOfCases.Clear();
        }

        if (db.DeferredMonths is { } deferred)
        {
            deferred.Add(months);
            return;
        }

        await RecountMonthsAsync(db, months, ct);
    }

    /// <summary>
    /// Ends a bulk writer's collecting (<see cref="AppDbContext.DeferredMonths"/>) and recounts the months its saves
    /// touched, in the caller's transaction.
    /// </summary>
    public static async Task RecountDeferredAsync(AppDbContext db, CancellationToken ct)
    {
        var months = db.DeferredMonths ?? throw new InvalidOperationException("No months were being collected.");
        db.DeferredMonths = null;
        await RecountMonthsAsync(db, months, ct);
    }

    /// <summary>
    /// Counts every month that has records, where nothing is kept yet: once, on the first start after the counts
    /// were introduced (a database migrated from before them), in a transaction of its own.
    /// </summary>
    public static async Task<bool> FillAsync(AppDbContext db, CancellationToken ct)
    {
        var months = new MonthsToCount();

        // The sector table's waits came after the report's counts: a database counted before them has referral
        // months kept and no waits, though some referral's case is decided.
        if ((!await db.ReferralMonthCounts.AnyAsync(ct) && await db.Referrals.AnyAsync(ct))
            || (!await db.SectorWaitCounts.AnyAsync(ct) && await db.Cases.AnyAsync(c => c.FirstDecidedOn != null && c.ReferralId != null, ct)))
        {
            months.Referrals.UnionWith(Between(
                ReportMonth.OfInstant(await db.Referrals.MinAsync(r => r.ReceivedAtUtc, ct)),
                ReportMonth.OfInstant(await db.Referrals.MaxAsync(r => r.ReceivedAtUtc, ct))));
        }

        if (!await db.DecisionWaitCounts.AnyAsync(ct) && await db.Cases.AnyAsync(c => c.FirstDecidedOn != null, ct))
        {
            months.Decisions.UnionWith(Between(
                ReportMonth.Of((await db.Cases.MinAsync(c => c.FirstDecidedOn, ct))!.Value),
                ReportMonth.Of((await db.Cases.MaxAsync(c => c.FirstDecidedOn, ct))!.Value)));
        }

        if (!await db.PersonProfileCounts.AnyAsync(ct) && await db.CountedPersons.AnyAsync(ct))
        {
            months.Persons.UnionWith(Between(
                ReportMonth.Of(await db.CountedPersons.MinAsync(p => (p.Year * 12) + p.Month - 1, ct)),
                ReportMonth.Of(await db.CountedPersons.MaxAsync(p => (p.Year * 12) + p.Month - 1, ct))));
        }

        if (months.IsEmpty)
        {
            return false;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await RecountMonthsAsync(db, months, ct);
            await transaction.CommitAsync(ct);
        });
        return true;
    }

    /// <summary>Recounts the months, consecutive months in one command a kind.</summary>
    internal static async Task RecountMonthsAsync(AppDbContext db, MonthsToCount months, CancellationToken ct)
    {
        if (months.Referrals.Count + months.Decisions.Count + months.Persons.Count == 0)
        {
            return;
        }

        // On SQL Server two saves may recount one month at once, each from what it reads before the other commits:
        // one at a time, until the transaction ends. (SQLite writes one transaction at a time already.)
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                DECLARE @granted int;
                EXEC @granted = sp_getapplock @Resource = N'KeptMonths', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 30000;
                IF @granted < 0 THROW 50000, N'The report''s kept counts are being recounted by another save.', 1;
                """,
                ct);
        }

        foreach (var range in MonthRange.Of(months.Referrals))
        {
            await ReferralMonths.RecountAsync(db, range, ct);
            await SectorWaits.RecountAsync(db, range, ct);
        }

        foreach (var range in MonthRange.Of(months.Decisions))
        {
            await DecisionWaits.RecountAsync(db, range, ct);
        }

        foreach (var range in MonthRange.Of(months.Persons))
        {
            await PersonMonths.RecountAsync(db, range, ct);
        }
    }

    private static IEnumerable<ReportMonth> Between(ReportMonth first, ReportMonth last) => new MonthRange(first, last).Months;
}
