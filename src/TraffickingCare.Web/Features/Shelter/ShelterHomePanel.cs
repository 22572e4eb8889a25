using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>Occupied and free beds, linking to the board: shelter staff's home page (one SQL command).</summary>
public sealed class ShelterHomePanel(AppDbContext db) : IHomePanel
{
    public int Order => 30;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.ShelterWorkers))
        {
            return null;
        }

        var beds = await db.Beds.Where(b => b.InUse)
            .Select(b => db.BedOccupancies.Any(o => o.BedId == b.Id && o.EndedAtUtc == null))
            .ToListAsync(ct);
        var occupied = beds.Count(taken => taken);
        return HomePanelView.Beside(this, "_ShelterHome", new ShelterCounts(occupied, beds.Count - occupied), Roles.ShelterStaff);
    }
}
