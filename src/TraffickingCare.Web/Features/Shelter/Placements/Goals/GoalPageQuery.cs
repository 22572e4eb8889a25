using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>A goal of one placement (a goal of another placement is not found), its reviews and the staff: three SQL commands.</summary>
public sealed class GoalPageQuery(AppDbContext db, ShelterStaffQuery staff)
{
    public async Task<GoalPage?> GetAsync(Guid placementId, Guid goalId, CancellationToken ct)
    {
        var head = await (
            from g in db.PlanGoals
            where g.Id == goalId && g.PlacementId == placementId
            join p in db.Placements on g.PlacementId equals p.Id
            join c in db.Cases on p.CaseId equals c.Id
            select new
            {
                Row = new PlanGoalRow(g.Id, g.Phase, g.Area, g.Description, g.Activities,
                    db.Users.Where(u => u.Id == g.ResponsibleId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                    g.TargetOn, g.Status, null),
                g.Version,
                g.ResponsibleId,
                c.Code,
                Active = p.ExitedAtUtc == null,
            }).AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var reviews = await db.GoalReviews.AsNoTracking().Where(r => r.GoalId == goalId).OrderBy(r => r.ReviewedAtUtc)
            .Select(r => new GoalReviewRow(r.Status, r.Comment, db.Users.Where(u => u.Id == r.ReviewerId).Select(u => u.DisplayName).FirstOrDefault() ?? "–", r.ReviewedAtUtc))
            .ToListAsync(ct);
        var goal = head.Row;
        return new GoalPage(placementId, head.Code, head.Active, goal, head.Version, reviews, await staff.GetAsync(ct, keep: head.ResponsibleId))
        {
            EditForm = new GoalForm
            {
                Version = head.Version,
                Phase = goal.Phase,
                Area = goal.Area,
                Description = goal.Description,
                Activities = goal.Activities,
                ResponsibleId = head.ResponsibleId,
                TargetOn = CentreClock.FormatDate(goal.TargetOn),
            },
            ReviewForm = new GoalReviewForm { Version = head.Version },
        };
    }
}
