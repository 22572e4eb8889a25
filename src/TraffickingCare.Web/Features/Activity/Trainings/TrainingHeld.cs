namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// The codes and trainers a saved training holds: a municipality or sector retired from its list, or a trainer whose
/// account was disabled, stays acceptable on its edit form, so saving it unchanged never forces a change.
/// </summary>
public sealed record TrainingHeld(string? MunicipalityCode, IReadOnlyList<string> SectorCodes, IReadOnlyList<string> StaffIds)
{
    public static readonly TrainingHeld Nothing = new(null, [], []);
}
