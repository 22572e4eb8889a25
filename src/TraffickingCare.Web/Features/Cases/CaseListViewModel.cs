namespace TraffickingCare.Web.Features.Cases;

public sealed record CaseListViewModel(CaseListFilter Filter, IReadOnlyList<CaseListRow> Rows, int Total)
{
    public int Pages => Math.Max(1, (Total + CaseListFilter.PageSize - 1) / CaseListFilter.PageSize);
}
