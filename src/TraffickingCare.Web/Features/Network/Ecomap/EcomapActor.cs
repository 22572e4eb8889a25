using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Features.Network.Ecomap;

/// <summary>An active actor as the ecomap draws it: its sector, a short label (institution or role), stale or not.</summary>
public sealed record EcomapActor(Guid Id, Sector Sector, string Label, bool IsStale);
