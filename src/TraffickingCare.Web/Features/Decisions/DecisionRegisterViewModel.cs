using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Decisions;

/// <param name="Labels">Code-list labels in the user's language, by code: decisions and forms of exploitation.</param>
public sealed record DecisionRegisterViewModel(
    DecisionRegisterFilter Filter,
    IReadOnlyList<DecisionRegisterRow> Rows,
    int Total,
    IReadOnlyList<CodeListOption> Outcomes,
    IReadOnlyList<CodeListOption> Forms,
    IReadOnlyList<CodeListOption> Authors)
{
    public int Pages => Math.Max(1, (Total + DecisionRegisterFilter.PageSize - 1) / DecisionRegisterFilter.PageSize);

    public string OutcomeLabel(string code) => Outcomes.FirstOrDefault(o => o.Code == code)?.Label ?? code;

    public string FormLabel(string code) => Forms.FirstOrDefault(o => o.Code == code)?.Label ?? code;
}
