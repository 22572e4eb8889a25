using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Decisions;

public sealed record DecisionRegisterViewModel(
    DecisionRegisterFilter Filter,
    IReadOnlyList<DecisionRegisterRow> Rows,
    CappedCount Count)
{
    public int Pages => Count.Pages(DecisionRegisterFilter.PageSize);
}
