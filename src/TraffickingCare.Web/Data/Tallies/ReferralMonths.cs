using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="ReferralMonthCount"/> equal to the referrals as the report counts them: received in the month (the
/// local day of receipt), by sender's sector, region of the municipality, whether a case was opened and outcome
/// (<see cref="ReferralOutcomes"/>: a referral opened as a case stands at its case's decision). A month is recounted
/// from its referrals in one <c>GROUP BY</c>, never adjusted by one; so are consecutive months, in one command.
/// </summary>
internal static class ReferralMonths
{
    public static async Task RecountAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var facts = Facts(db, range.First.Start, range.Last.End);
        var rows = await facts.Select(Placed([.. range.Months.Select(m => m.End)]))
            .GroupBy(x => new { x.Month, x.Sector, x.Region, x.Outcome, x.Opened })
            .Select(g => new { g.Key.Month, g.Key.Sector, g.Key.Region, g.Key.Outcome, g.Key.Opened, Count = g.Count() })
            .ToListAsync(ct);

        var first = range.First.Number;
        await db.ReferralMonthCounts.In(range).ExecuteDeleteAsync(ct);
        await AddedRowsWriter.InsertAsync(db, [.. rows.Select(r =>
        {
            var month = ReportMonth.Of(first + r.Month);
            return new ReferralMonthCount(month.Year, month.Month, r.Sector ?? string.Empty, r.Region, r.Outcome, r.Opened, r.Count);
        })], ct);
    }

    /// <summary>
    /// The referrals received between two instants as the counts see them: when, where from, their outcome (the rule of
    /// <see cref="ReferralOutcomes"/>) and their case's first decision. Management's home counts the days of this month
    /// by it, and the sector table of centre activity the days the kept months do not cover (<see cref="SectorWaits"/>).
    /// </summary>
    public static IQueryable<ReferralFact> Facts(AppDbContext db, DateTime start, DateTime end) =>
        from r in db.Referrals.AsNoTracking()
        where r.ReceivedAtUtc >= start && r.ReceivedAtUtc < end
        join c in db.Cases on r.CaseId equals c.Id into opened
        from c in opened.DefaultIfEmpty()
        let decided = c == null ? null : c.Status == CaseStatus.Closed ? c.StatusBeforeClosure : (CaseStatus?)c.Status
        select new ReferralFact
        {
            ReceivedAtUtc = r.ReceivedAtUtc,
            Municipality = r.MunicipalityCode,
            Sector = r.ReferrerSectorCode,
            Opened = r.Status == ReferralStatus.OpenedAsCase,
            Outcome = r.Status == ReferralStatus.Rejected || r.Status == ReferralStatus.NotTraffickingMatter ? ReferralOutcomes.Rejected
                : r.Status == ReferralStatus.Duplicate ? ReferralOutcomes.Duplicate
                : r.Status != ReferralStatus.OpenedAsCase ? ReferralOutcomes.Pending
                : decided == CaseStatus.IdentifiedVictim ? ReferralOutcomes.Identified
                : decided == CaseStatus.NotIdentified ? ReferralOutcomes.NotIdentified
                : decided == CaseStatus.Suspended ? ReferralOutcomes.Suspended
                : decided == CaseStatus.Rejected ? ReferralOutcomes.Rejected
                : ReferralOutcomes.Pending,
            DecidedOn = r.Status == ReferralStatus.OpenedAsCase && c != null ? c.FirstDecidedOn : null,
        };

    /// <summary>
    /// The month of a referral within the range (0 for its first month; a <c>CASE</c> over the instants the months end,
    /// since a month begins at the Centre's midnight, not UTC's; no <c>CASE</c> for a single month, so a save's recount is
    /// one query shape) and the region of its municipality (a <c>CASE</c> over <see cref="MunicipalityRegions"/>).
    /// </summary>
    private static Expression<Func<ReferralFact, PlacedReferral>> Placed(IReadOnlyList<DateTime> monthEnds)
    {
        var r = Expression.Parameter(typeof(ReferralFact), "r");
        var received = Expression.Property(r, nameof(ReferralFact.ReceivedAtUtc));
        Expression month = Expression.Constant(monthEnds.Count - 1);
        for (var i = monthEnds.Count - 2; i >= 0; i--)
        {
            month = Expression.Condition(Expression.LessThan(received, Expression.Constant(monthEnds[i])), Expression.Constant(i), month);
        }

        var municipality = Expression.Property(r, nameof(ReferralFact.Municipality));
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));
        Expression region = Expression.Constant(MunicipalityRegions.Unknown);
        foreach (var code in MunicipalityRegions.Regions.Reverse())
        {
            var members = Expression.Constant(MunicipalityRegions.MunicipalitiesOf(code).ToArray());
            region = Expression.Condition(Expression.Call(contains, members, municipality), Expression.Constant(code), region);
        }

        PropertyInfo Of<T>(string name) => typeof(T).GetProperty(name)!;
        return Expression.Lambda<Func<ReferralFact, PlacedReferral>>(
            Expression.MemberInit(
                Expression.New(typeof(PlacedReferral)),
                Expression.Bind(Of<PlacedReferral>(nameof(PlacedReferral.Month)), month),
                Expression.Bind(Of<PlacedReferral>(nameof(PlacedReferral.Region)), region),
                Expression.Bind(Of<PlacedReferral>(nameof(PlacedReferral.Sector)), Expression.Property(r, nameof(ReferralFact.Sector))),
                Expression.Bind(Of<PlacedReferral>(nameof(PlacedReferral.Outcome)), Expression.Property(r, nameof(ReferralFact.Outcome))),
                Expression.Bind(Of<PlacedReferral>(nameof(PlacedReferral.Opened)), Expression.Property(r, nameof(ReferralFact.Opened)))),
            r);
    }

    /// <summary>A referral as counted: when, where from, and where it stands.</summary>
    internal sealed class ReferralFact
    {
        public DateTime ReceivedAtUtc { get; init; }

        public string? Municipality { get; init; }

        public string? Sector { get; init; }

        public bool Opened { get; init; }

        public string Outcome { get; init; } = string.Empty;

        /// <summary>The day of the first decision of the case the referral was opened as, if it has one.</summary>
        public DateOnly? DecidedOn { get; init; }
    }

    /// <summary>A referral's place in the counts: its month within the range and its region.</summary>
    private sealed class PlacedReferral
    {
        public int Month { get; init; }

        public string Region { get; init; } = string.Empty;

        public string? Sector { get; init; }

        public string Outcome { get; init; } = string.Empty;

        public bool Opened { get; init; }
    }
}
