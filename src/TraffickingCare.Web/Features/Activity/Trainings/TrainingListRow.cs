namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// One training in the list. <see cref="SectorParticipants"/> is the filtered sector's count, null when the list is
/// not filtered by sector.
/// </summary>
public sealed record TrainingListRow(
    Guid Id, DateOnly HeldOn, string Topic, string MunicipalityCode, int Hours, bool Accredited, string? AccreditationNumber, int Participants, int? SectorParticipants);
