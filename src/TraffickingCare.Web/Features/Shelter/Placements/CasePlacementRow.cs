using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed record CasePlacementRow(string Bed, DateOnly AdmittedOn, DateOnly? ExitedOn, ShelterPhase Phase, int Days, ExitDestination? Destination, string? ExitReason);
