using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>The placement with its case code and whether a proposal is pending, then the current phase's goals: two SQL commands.</summary>
public sealed class ProposePageQuery(AppDbContext db)
{
    public async Task<ProposePage?> GetAsync(Guid placementId, CancellationToken ct)
    {
        var head = await (
            from p in db.Placements
            where p.Id == placementId
            join c in db.Cases on p.CaseId equals c.Id
            select new { p.Phase, p.Version, c.Code, Active = p.ExitedAtUtc == null, Pending = p.PhaseChanges.Any(x => x.Status == PhaseChangeStatus.Pending) })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var goals = await db.PlanGoals.AsNoTracking()
            .Where(g => g.PlacementId == placementId && g.Phase == head.Phase)
            .OrderBy(g => g.TargetOn)
            .Select(g => new PlanGoalRow(g.Id, g.Phase, g.Area, g.Description, g.Activities,
                db.Users.Where(u => u.Id == g.ResponsibleId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                g.TargetOn, g.Status, g.Reviews.Max(r => (DateTime?)r.ReviewedAtUtc)))
            .ToListAsync(ct);
        return new ProposePage(placementId, head.Code, head.Phase, head.Active, head.Pending, goals)
        {
            Form = new ProposePhaseForm { Version = head.Version, To = head.Phase < ShelterPhase.Independence ? head.Phase + 1 : null },
        };
    }
}
