using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>The extract page: the year chosen, the years one may choose, and what the download of that year will hold.</summary>
public sealed record ExtractPage(int Year, IReadOnlyList<int> Years, ExtractSummary Summary)
{
    public IReadOnlyList<string> Columns => ExtractCsv.Columns;
}
