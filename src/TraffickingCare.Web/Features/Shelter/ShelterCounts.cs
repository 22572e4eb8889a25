using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Shelter;

public sealed record ShelterCounts(int Occupied, int Free) : HomePanelModel;
