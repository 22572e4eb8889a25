using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>Beds occupied and free, and the phase changes waiting for a coordinator's decision.</summary>
public sealed record ShelterCounts(int Occupied, int Free, IReadOnlyList<PendingPhaseChange> Pending) : HomePanelModel;

public sealed record PendingPhaseChange(Guid PlacementId, string CaseCode, ShelterPhase To, DateTime ProposedAtUtc);
