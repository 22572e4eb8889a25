using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>
/// Moving a resident to the next phase: shelter staff (or a coordinator) propose it with a review of the current phase's
/// goals; a coordinator who did not propose it approves it or returns it with a reason (four eyes).
/// </summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class PhaseChangesController(FormPost post, PlacementFile file, ProposePageQuery proposePage) : Controller
{
    [HttpGet("Shelter/Placements/{placementId:guid}/Phase/Propose")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public async Task<IActionResult> Propose(Guid placementId, CancellationToken ct) =>
        await proposePage.GetAsync(placementId, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Shelter/Placements/{placementId:guid}/Phase/Propose")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Propose(
        Guid placementId, [Bind(Prefix = "Form")] ProposePhaseForm form, [FromServices] IValidator<ProposePhaseForm> validator, [FromServices] ProposePhaseHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, User, ct),
            new("Shelter.PhaseChange.Proposed", Done: _ => PlacementFile.Show(placementId), Again: async result =>
            {
                if (await proposePage.GetAsync(placementId, ct) is not { } model)
                {
                    return NotFound();
                }

                ModelState.Remove("Form.Version");
                if (result is { IsConflict: true })
                {
                    form.Version = model.Form.Version;
                }
                return View(model with { Form = form });
            }, Prefix: "Form"), ct);

    /// <summary>A button: its refusal (the proposer deciding, a stale version) is flashed on the shelter file.</summary>
    [HttpPost("Shelter/Placements/{placementId:guid}/Phase/Approve")]
    [Authorize(Roles = Roles.Coordinator)]
    public Task<IActionResult> Approve(Guid placementId, Guid changeId, int version, [FromServices] DecidePhaseHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.ApproveAsync(placementId, changeId, version, User, ct),
            new("Shelter.PhaseChange.Approved", Done: _ => PlacementFile.Show(placementId)));

    [HttpPost("Shelter/Placements/{placementId:guid}/Phase/Return")]
    [Authorize(Roles = Roles.Coordinator)]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Return(
        Guid placementId, [Bind(Prefix = "ReturnForm")] ReturnPhaseForm form, [FromServices] IValidator<ReturnPhaseForm> validator, [FromServices] DecidePhaseHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.ReturnAsync(placementId, f, User, ct),
            file.End(this, placementId, "Shelter.PhaseChange.Returned", m => m with { ReturnForm = form }, "ReturnForm", ct), ct);
}
