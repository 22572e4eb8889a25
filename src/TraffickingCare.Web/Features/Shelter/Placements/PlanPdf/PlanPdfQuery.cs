using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shelter.Placements.Goals;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.PlanPdf;

/// <summary>
/// The plan of one placement for its PDF in four SQL commands: the head (case code, unit name), the goals, all their
/// reviews and the phase history. Shelter staff and the coordinator reach every placement, as on the shelter file; a
/// caseworker only the placements of the cases <see cref="CaseAccess"/> shows them (their team's): any other is not found.
/// </summary>
public sealed class PlanPdfQuery(AppDbContext db, CaseAccess access, PlacementPlanQuery plan, CentreClock clock)
{
    public async Task<PrintablePlan?> GetAsync(Guid placementId, ClaimsPrincipal user, CancellationToken ct)
    {
        var placements = db.Placements.AsQueryable();
        if (!user.Meets(Policies.ShelterWorkers))
        {
            var cases = access.Visible(user).Select(c => c.Id);
            placements = placements.Where(p => cases.Contains(p.CaseId));
        }

        var head = await (
            from pl in placements
            where pl.Id == placementId
            join c in db.Cases on pl.CaseId equals c.Id
            join b in db.Beds on pl.BedId equals b.Id
            join r in db.ShelterRooms on b.RoomId equals r.Id
            join u in db.ShelterUnits on r.ShelterId equals u.Id
            select new { c.Code, Unit = u.Name, pl.AdmittedAtUtc, pl.Phase, pl.ExitedOn })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var goals = await plan.GoalsAsync(placementId, ct);
        var reviews = await (
            from r in db.GoalReviews
            join g in db.PlanGoals on r.GoalId equals g.Id
            where g.PlacementId == placementId
            orderby r.ReviewedAtUtc
            select new
            {
                r.GoalId,
                Row = new GoalReviewRow(r.Status, r.Comment, db.Users.Where(u => u.Id == r.ReviewerId).Select(u => u.DisplayName).FirstOrDefault() ?? "–", r.ReviewedAtUtc),
            }).AsNoTracking().ToListAsync(ct);
        var changes = await plan.PhaseChangesAsync(placementId, ct);

        return new PrintablePlan(placementId, head.Code, head.Unit, head.AdmittedAtUtc, head.Phase, head.ExitedOn, goals,
            reviews.GroupBy(r => r.GoalId).ToDictionary(g => g.Key, g => (IReadOnlyList<GoalReviewRow>)[.. g.Select(r => r.Row)]),
            changes, clock.Today);
    }
}
