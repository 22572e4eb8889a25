using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>
/// Occupied and free beds, linking to the board, and the phase changes waiting for a decision (two SQL commands):
/// shelter staff's home page, and the coordinator's while a proposal waits for one.
/// </summary>
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
        var pending = await (
            from c in db.PhaseChanges
            where c.Status == PhaseChangeStatus.Pending
            join p in db.Placements on c.PlacementId equals p.Id
            join f in db.Cases on p.CaseId equals f.Id
            orderby c.ProposedAtUtc
            select new PendingPhaseChange(p.Id, f.Code, c.To, c.ProposedAtUtc))
            .AsNoTracking().ToListAsync(ct);
        var occupied = beds.Count(taken => taken);
        var counts = new ShelterCounts(occupied, beds.Count - occupied, pending);
        return pending.Count == 0
            ? HomePanelView.Beside(this, "_ShelterHome", counts, Roles.ShelterStaff)
            : HomePanelView.Beside(this, "_ShelterHome", counts, Roles.ShelterStaff, Roles.Coordinator);
    }
}
