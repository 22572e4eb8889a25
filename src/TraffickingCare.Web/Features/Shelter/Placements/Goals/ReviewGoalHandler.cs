using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>Records a dated review of a goal by the signed-in user; the status it sets is the goal's, so it carries the goal's version.</summary>
public sealed class ReviewGoalHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, Guid goalId, GoalReviewForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            if (placement.Goals.SingleOrDefault(g => g.Id == goalId) is not { } goal)
            {
                return Task.FromResult<ChangeResult?>(ChangeResult.NotFound);
            }

            db.Entry(goal).Property(g => g.Version).OriginalValue = form.Version;
            placement.ReviewGoal(goalId, form.Status!.Value, form.Comment, user.GetUserId(), clock.UtcNow);
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q.Include(p => p.Goals.Where(g => g.Id == goalId)));
}
