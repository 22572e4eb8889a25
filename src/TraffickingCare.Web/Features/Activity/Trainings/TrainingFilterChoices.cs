using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The values the list's filter offers: the years with a training, the sectors and the municipalities.</summary>
public sealed record TrainingFilterChoices(IReadOnlyList<int> Years, IReadOnlyList<CodeListOption> Sectors, IReadOnlyList<CodeListOption> Municipalities)
{
    public static readonly TrainingFilterChoices None = new([], [], []);
}
