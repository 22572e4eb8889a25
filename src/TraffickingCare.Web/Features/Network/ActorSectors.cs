using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Features.Network;

/// <summary>A posted sector: one of the enum's names, never a number (Enum.TryParse alone would take "7" or "99").</summary>
public static class ActorSectors
{
    public static bool TryParse(string? posted, out Sector sector)
    {
        sector = default;
        return !string.IsNullOrEmpty(posted) && Enum.GetNames<Sector>().Contains(posted, StringComparer.Ordinal) && Enum.TryParse(posted, out sector);
    }
}
