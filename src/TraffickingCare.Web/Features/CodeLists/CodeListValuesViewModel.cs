namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>One page of the values of one list.</summary>
public sealed record CodeListValuesViewModel(string List, IReadOnlyList<CodeListValueRow> Rows, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
