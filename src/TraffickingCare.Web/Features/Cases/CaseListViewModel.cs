using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Cases;

public sealed record CaseListViewModel(CaseListFilter Filter, IReadOnlyList<CaseListRow> Rows, CappedCount Count)
{
    public int Pages => Count.Pages(CaseListFilter.PageSize);
}
