using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>The values the register's filter offers; the rows take their labels from them too.</summary>
/// <param name="Authors">Who writes findings (a large centre's found by name first).</param>
public sealed record DecisionFilterChoices(
    IReadOnlyList<CodeListOption> Outcomes,
    IReadOnlyList<CodeListOption> Forms,
    CaseworkerPick Authors)
{
    public static readonly DecisionFilterChoices None = new([], [], new CaseworkerPick([], [], Searches: false, Find: null));

    public string OutcomeLabel(string code) => Outcomes.FirstOrDefault(o => o.Code == code)?.Label ?? code;

    public string FormLabel(string code) => Forms.FirstOrDefault(o => o.Code == code)?.Label ?? code;
}
