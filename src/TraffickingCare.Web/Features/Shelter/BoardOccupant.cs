using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>Who is in a bed: by case code; the first name only where the Centre decided so (<c>Shelter:ShowFirstNames</c>).</summary>
/// <remarks><paramref name="PhaseChangePending"/>: a proposal to move her to the next phase waits for a coordinator.</remarks>
public sealed record BoardOccupant(Guid PlacementId, string CaseCode, string? FirstName, ShelterPhase Phase, DateOnly AdmittedOn, int DayOfStay, bool Absent, bool PhaseChangePending);
