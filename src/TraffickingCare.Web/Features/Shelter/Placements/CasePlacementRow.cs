using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>A stay on the case page; <paramref name="PlanPdfOf"/> is the placement whose plan the viewer may download (the team and the coordinator), else null.</summary>
public sealed record CasePlacementRow(Guid? PlanPdfOf, string Bed, DateOnly AdmittedOn, DateOnly? ExitedOn, ShelterPhase Phase, int Days, ExitDestination? Destination, string? ExitReason);
