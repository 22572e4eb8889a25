using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Decisions;

public sealed record DecisionRegisterViewModel(
    DecisionRegisterFilter Filter,
    IReadOnlyList<DecisionRegisterRow> Rows,
    CappedCount Count)
{
    public int Pages => PagesOf(Count);

    /// <summary>The pages of the decisions counted: beyond the count limit there are no more pages, the filters narrow the list.</summary>
    public static int PagesOf(CappedCount count) => Math.Max(1, (count.Shown + DecisionRegisterFilter.PageSize - 1) / DecisionRegisterFilter.PageSize);
}
