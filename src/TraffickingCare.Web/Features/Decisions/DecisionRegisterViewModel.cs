namespace TraffickingCare.Web.Features.Decisions;

public sealed record DecisionRegisterViewModel(
    DecisionRegisterFilter Filter,
    IReadOnlyList<DecisionRegisterRow> Rows,
    int Total)
{
    public int Pages => Math.Max(1, (Total + DecisionRegisterFilter.PageSize - 1) / DecisionRegisterFilter.PageSize);
}
