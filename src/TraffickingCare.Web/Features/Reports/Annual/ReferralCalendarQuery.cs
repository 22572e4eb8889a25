using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The referrals of each month of the five years by region, in one SQL command: a <c>GROUP BY</c> over the month of the
/// local day of receipt (a <c>CASE</c> over the instants the sixty months end, since a month begins at the Centre's
/// midnight, not UTC's) and the region of the referral's municipality (a <c>CASE</c> over
/// <see cref="MunicipalityRegions"/>).
/// </summary>
internal sealed class ReferralCalendarQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<MonthRegionCount>> GetAsync(ReportYears span, CancellationToken ct)
    {
        var (start, end) = (span.Start, span.Ends[^1]);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedAtUtc >= start && r.ReceivedAtUtc < end)
            .Select(MonthAndRegion(span.MonthEnds))
            .GroupBy(x => new { x.Month, x.Region })
            .Select(g => new { g.Key.Month, g.Key.Region, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MonthRegionCount(span.Years[r.Month / 12], (r.Month % 12) + 1, r.Region, r.Count))];
    }

    /// <summary>The month (0 for the first month of the five years, 59 for the last) and the region of a referral.</summary>
    private static Expression<Func<Referral, ReferralPlace>> MonthAndRegion(IReadOnlyList<DateTime> monthEnds)
    {
        var r = Expression.Parameter(typeof(Referral), "r");
        var received = Expression.Property(r, nameof(Referral.ReceivedAtUtc));
        Expression month = Expression.Constant(monthEnds.Count - 1);
        for (var i = monthEnds.Count - 2; i >= 0; i--)
        {
            month = Expression.Condition(Expression.LessThan(received, Expression.Constant(monthEnds[i])), Expression.Constant(i), month);
        }

        var municipality = Expression.Property(r, nameof(Referral.MunicipalityCode));
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));
        Expression region = Expression.Constant(MunicipalityRegions.Unknown);
        foreach (var code in MunicipalityRegions.Regions.Reverse())
        {
            var members = Expression.Constant(MunicipalityRegions.MunicipalitiesOf(code).ToArray());
            region = Expression.Condition(Expression.Call(contains, members, municipality), Expression.Constant(code), region);
        }

        return Expression.Lambda<Func<Referral, ReferralPlace>>(
            Expression.MemberInit(
                Expression.New(typeof(ReferralPlace)),
                Expression.Bind(typeof(ReferralPlace).GetProperty(nameof(ReferralPlace.Month))!, month),
                Expression.Bind(typeof(ReferralPlace).GetProperty(nameof(ReferralPlace.Region))!, region)),
            r);
    }

    private sealed class ReferralPlace
    {
        public int Month { get; init; }

        public string Region { get; init; } = string.Empty;
    }
}

internal sealed record MonthRegionCount(int Year, int Month, string Region, int Count);
