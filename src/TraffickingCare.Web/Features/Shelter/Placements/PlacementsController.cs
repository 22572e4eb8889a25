using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Admission, moves, absences and exit: shelter staff and the coordinator. Nobody reaches the case from here.</summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class PlacementsController(FormPost post, PlacementPageQuery page, FreeBedsQuery freeBeds, CentreClock clock) : Controller
{
    public const string RouteKey = "placementId";

    [HttpGet("Shelter/Admit")]
    public async Task<IActionResult> Admit(CancellationToken ct) =>
        View(new AdmitPage(new AdmitForm { AdmittedOn = CentreClock.FormatDate(clock.Today), AdmittedAt = CentreClock.FormatTime(clock.LocalNow) }, await freeBeds.ListAsync(ct)));

    [HttpPost("Shelter/Admit")]
    public Task<IActionResult> Admit([Bind(Prefix = "Form")] AdmitForm form, [FromServices] IValidator<AdmitForm> validator, [FromServices] AdmitHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, ct),
            new("Shelter.Admit.Done", Done: r => Show(r.Id!.Value), Again: async _ => View(new AdmitPage(form, await freeBeds.ListAsync(ct))), Prefix: "Form"), ct);

    [HttpGet("Shelter/Placements/{placementId:guid}")]
    [AuditView(nameof(Placement), RouteKey)]
    public async Task<IActionResult> Details(Guid placementId, CancellationToken ct) =>
        await page.GetAsync(placementId, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Shelter/Placements/Move/{placementId:guid}")]
    [AuditView(nameof(Placement), RouteKey)]
    public Task<IActionResult> Move(Guid placementId, [Bind(Prefix = "MoveForm")] MoveForm form, [FromServices] IValidator<MoveForm> validator, [FromServices] MoveHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, ct),
            End(placementId, "Shelter.Move.Done", m => m with { MoveForm = form }, "MoveForm", ct), ct);

    [HttpPost("Shelter/Placements/Absence/{placementId:guid}")]
    [AuditView(nameof(Placement), RouteKey)]
    public Task<IActionResult> Absence(Guid placementId, [Bind(Prefix = "AbsenceForm")] AbsenceForm form, [FromServices] IValidator<AbsenceForm> validator, [FromServices] AbsenceHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, ct),
            End(placementId, "Shelter.Absence.Done", m => m with { AbsenceForm = form }, "AbsenceForm", ct), ct);

    [HttpPost("Shelter/Placements/Exit/{placementId:guid}")]
    [AuditView(nameof(Placement), RouteKey)]
    public Task<IActionResult> Exit(Guid placementId, [Bind(Prefix = "ExitForm")] ExitForm form, [FromServices] IValidator<ExitForm> validator, [FromServices] ExitHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, ct),
            End(placementId, "Shelter.Exit.Done", m => m with { ExitForm = form }, "ExitForm", ct), ct);

    private static RedirectToActionResult Show(Guid placementId) => new(nameof(Details), "Placements", new { placementId });

    /// <summary>Done: back to the shelter file. Refused: the file as it is now, with what was typed in the refused form.</summary>
    private PostEnd End(Guid placementId, string doneKey, Func<PlacementPage, PlacementPage> keepInput, string prefix, CancellationToken ct) =>
        new(doneKey, Done: _ => Show(placementId), Again: async _ =>
        {
            var model = await page.GetAsync(placementId, ct);
            if (model is null)
            {
                return NotFound();
            }

            // The page carries the version of the placement it shows, not the one posted.
            ModelState.Remove($"{prefix}.Version");
            var again = keepInput(model);
            again.MoveForm.Version = model.Version;
            again.ExitForm.Version = model.Version;
            return View(nameof(Details), again);
        }, Prefix: prefix);
}
