using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>The values the register's filter offers; the rows take their labels from them too.</summary>
public sealed record DecisionFilterChoices(
    IReadOnlyList<CodeListOption> Outcomes,
    IReadOnlyList<CodeListOption> Forms,
    IReadOnlyList<CodeListOption> Authors)
{
    public static readonly DecisionFilterChoices None = new([], [], []);

    public string OutcomeLabel(string code) => Outcomes.FirstOrDefault(o => o.Code == code)?.Label ?? code;

    public string FormLabel(string code) => Forms.FirstOrDefault(o => o.Code == code)?.Label ?? code;
}
