using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>Follow-up contacts after the exit, on the shelter file: scheduled and their outcome recorded. Shelter staff and the coordinator.</summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class FollowUpsController(FormPost post, PlacementFile file) : Controller
{
    [HttpPost("Shelter/Placements/{placementId:guid}/FollowUps/Schedule")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Schedule(
        Guid placementId, [Bind(Prefix = "FollowUpForm")] FollowUpForm form, [FromServices] IValidator<FollowUpForm> validator, [FromServices] ScheduleFollowUpHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, ct),
            file.End(this, placementId, "Shelter.FollowUp.Scheduled", m => m with { FollowUpForm = form }, "FollowUpForm", ct), ct);

    [HttpPost("Shelter/Placements/{placementId:guid}/FollowUps/{followUpId:guid}/Record")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Record(
        Guid placementId,
        Guid followUpId,
        [Bind(Prefix = "OutcomeForm")] FollowUpOutcomeForm form,
        [FromServices] IValidator<FollowUpOutcomeForm> validator,
        [FromServices] RecordFollowUpHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, followUpId, f, ct),
            file.End(this, placementId, "Shelter.FollowUp.Recorded", m => m with { OutcomeForm = form, OutcomeFollowUpId = followUpId }, "OutcomeForm", ct), ct);
}
