using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The five years a report shows, as instants: a referral belongs to the year of its local day of receipt (a referral
/// at 23:30 on 31 December is that year's), so each year ends at the Centre's local midnight, in UTC.
/// </summary>
internal sealed class ReportYears
{
    public ReportYears(int year)
    {
        Years = AnnualReportRules.YearsOf(year);
        Start = CentreClock.ToUtc(new DateOnly(Years[0], 1, 1), TimeOnly.MinValue);
        Ends = [.. Years.Select(y => CentreClock.ToUtc(new DateOnly(y + 1, 1, 1), TimeOnly.MinValue))];
        FirstDay = new DateOnly(Years[0], 1, 1);
        LastDay = new DateOnly(year, 12, 31);
    }

    public IReadOnlyList<int> Years { get; }

    public DateTime Start { get; }

    /// <summary>The instant each year ends (exclusive), oldest first.</summary>
    public IReadOnlyList<DateTime> Ends { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }
}
