namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>The report page: the report as shown, the year's revisions, and what the reader may do.</summary>
public sealed record AnnualReportPage(AnnualReportView Report, IReadOnlyList<RevisionSummary> Revisions, bool CanManage)
{
    /// <summary>The year before, or null when that year lies before the Centre's records.</summary>
    public int? EarlierYear => Report.Year > Domain.Reports.AnnualReportRules.FirstYear ? Report.Year - 1 : null;
}
