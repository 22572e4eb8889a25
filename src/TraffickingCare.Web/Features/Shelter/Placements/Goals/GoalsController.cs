using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>The goals of a resident's plan: added on the shelter file, edited and reviewed on the goal's page. Shelter staff and the coordinator.</summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class GoalsController(FormPost post, PlacementFile file, GoalPageQuery goalPage) : Controller
{
    [HttpPost("Shelter/Placements/{placementId:guid}/Goals/Add")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Add(Guid placementId, [Bind(Prefix = "GoalForm")] GoalForm form, [FromServices] IValidator<GoalForm> validator, [FromServices] AddGoalHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, ct),
            file.End(this, placementId, "Shelter.Goal.Added", m => m with { GoalForm = form }, "GoalForm", ct), ct);

    [HttpGet("Shelter/Placements/{placementId:guid}/Goals/{goalId:guid}")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public async Task<IActionResult> Goal(Guid placementId, Guid goalId, CancellationToken ct) =>
        await goalPage.GetAsync(placementId, goalId, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Shelter/Placements/{placementId:guid}/Goals/{goalId:guid}/Edit")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Edit(
        Guid placementId, Guid goalId, [Bind(Prefix = "EditForm")] GoalForm form, [FromServices] IValidator<GoalForm> validator, [FromServices] EditGoalHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, goalId, f, ct),
            End(placementId, goalId, "Shelter.Goal.Edited", m => m with { EditForm = form }, "EditForm", ct), ct);

    [HttpPost("Shelter/Placements/{placementId:guid}/Goals/{goalId:guid}/Review")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Review(
        Guid placementId, Guid goalId, [Bind(Prefix = "ReviewForm")] GoalReviewForm form, [FromServices] IValidator<GoalReviewForm> validator, [FromServices] ReviewGoalHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, goalId, f, User, ct),
            End(placementId, goalId, "Shelter.Goal.Reviewed", m => m with { ReviewForm = form }, "ReviewForm", ct), ct);

    /// <summary>
    /// Done: back to the goal. Refused: the goal as it is now, with what was typed; the typed form keeps the version it was
    /// shown with (a change made meanwhile is still caught), after a conflict the version the goal now has.
    /// </summary>
    private PostEnd End(Guid placementId, Guid goalId, string doneKey, Func<GoalPage, GoalPage> keepInput, string prefix, CancellationToken ct) =>
        new(doneKey, Done: _ => RedirectToAction(nameof(Goal), new { placementId, goalId }), Again: async result =>
        {
            if (await goalPage.GetAsync(placementId, goalId, ct) is not { } model)
            {
                return NotFound();
            }

            ModelState.Remove($"{prefix}.Version");
            var again = keepInput(model);
            if (result is { IsConflict: true })
            {
                again.EditForm.Version = model.Version;
                again.ReviewForm.Version = model.Version;
            }
            return View(nameof(Goal), again);
        }, Prefix: prefix);
}
