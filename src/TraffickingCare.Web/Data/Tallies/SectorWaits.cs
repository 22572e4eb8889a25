using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Infrastructure.Time;
using static TraffickingCare.Web.Data.Tallies.ReferralMonths;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="SectorWaitCount"/> equal to the referrals of each month as the sector table of centre activity
/// counts them (<see cref="Figures"/>): by sender's sector, those opened as a case with a first decision, by the days
/// from the local day of receipt to that decision. The table's other columns (received, opened, identified) are the
/// report's referral counts (<see cref="ReferralMonthCount"/>), kept by the same saves. A month is recounted from its
/// referrals in one <c>GROUP BY</c>, a command a month.
/// </summary>
internal static class SectorWaits
{
    public static async Task RecountAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var waits = new List<SectorWaitCount>();
        foreach (var month in range.Months)
        {
            var rows = await Figures(Facts(db, month.Start, month.End).Where(f => f.DecidedOn != null), month.Year, month.Year).ToListAsync(ct);
            waits.AddRange(rows.Where(r => r.Days is not null)
                .GroupBy(r => (Sector: r.Sector ?? string.Empty, Days: r.Days!.Value))
                .Select(g => new SectorWaitCount(month.Year, month.Month, g.Key.Sector, g.Key.Days, g.Sum(r => r.Count))));
        }

        await db.SectorWaitCounts.In(range).ExecuteDeleteAsync(ct);
        await AddedRowsWriter.InsertAsync(db, waits, ct);
    }

    /// <summary>
    /// The referrals grouped as the sector table counts them: by sender's sector, whether opened, whether identified
    /// (the outcome <see cref="ReferralOutcomes.Identified"/>) and the days from the local day of receipt to the case's
    /// first decision (none without one), computed by the database for receipts within the local years given.
    /// </summary>
    public static IQueryable<SectorFigure> Figures(IQueryable<ReferralFact> facts, int firstYear, int lastYear) =>
        facts.Select(Counted(firstYear, lastYear))
            .GroupBy(x => new { x.Sector, x.Opened, x.Identified, x.Days })
            .Select(g => new SectorFigure { Sector = g.Key.Sector, Opened = g.Key.Opened, Identified = g.Key.Identified, Days = g.Key.Days, Count = g.Count() });

    private static Expression<Func<ReferralFact, CountedReferral>> Counted(int firstYear, int lastYear)
    {
        var f = Expression.Parameter(typeof(ReferralFact), "f");
        var decidedOn = Expression.Property(f, nameof(ReferralFact.DecidedOn));
        var received = LocalDayNumber.Of(Expression.Property(f, nameof(ReferralFact.ReceivedAtUtc)), firstYear, lastYear);
        var decided = Expression.Property(Expression.Property(decidedOn, nameof(Nullable<DateOnly>.Value)), nameof(DateOnly.DayNumber));
        var days = Expression.Condition(
            Expression.Equal(decidedOn, Expression.Constant(null, typeof(DateOnly?))),
            Expression.Constant(null, typeof(int?)),
            Expression.Convert(Expression.Subtract(decided, received), typeof(int?)));
        var identified = Expression.Equal(Expression.Property(f, nameof(ReferralFact.Outcome)), Expression.Constant(ReferralOutcomes.Identified));

        PropertyInfo Of(string name) => typeof(CountedReferral).GetProperty(name)!;
        return Expression.Lambda<Func<ReferralFact, CountedReferral>>(
            Expression.MemberInit(
                Expression.New(typeof(CountedReferral)),
                Expression.Bind(Of(nameof(CountedReferral.Sector)), Expression.Property(f, nameof(ReferralFact.Sector))),
                Expression.Bind(Of(nameof(CountedReferral.Opened)), Expression.Property(f, nameof(ReferralFact.Opened))),
                Expression.Bind(Of(nameof(CountedReferral.Identified)), identified),
                Expression.Bind(Of(nameof(CountedReferral.Days)), days)),
            f);
    }

    /// <summary>How many referrals of a sector stand alike: opened, identified, decided after so many days.</summary>
    internal sealed class SectorFigure
    {
        public string? Sector { get; init; }

        public bool Opened { get; init; }

        public bool Identified { get; init; }

        public int? Days { get; init; }

        public int Count { get; init; }
    }

    private sealed class CountedReferral
    {
        public string? Sector { get; init; }

        public bool Opened { get; init; }

        public bool Identified { get; init; }

        public int? Days { get; init; }
    }
}
