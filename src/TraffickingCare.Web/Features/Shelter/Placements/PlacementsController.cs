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
public sealed class PlacementsController(FormPost post, PlacementPageQuery pageQuery, PlacementFile file, FreeBedsQuery freeBeds, CentreClock clock) : Controller
{
    public const string RouteKey = PlacementFile.RouteKey;

    [HttpGet("Shelter/Admit")]
    public async Task<IActionResult> Admit(CancellationToken ct) =>
        View(new AdmitPage(new AdmitForm { AdmittedOn = CentreClock.FormatDate(clock.Today), AdmittedAt = CentreClock.FormatTime(clock.LocalNow) }, await freeBeds.ListAsync(ct)));

    [HttpPost("Shelter/Admit")]
    public Task<IActionResult> Admit([Bind(Prefix = "Form")] AdmitForm form, [FromServices] IValidator<AdmitForm> validator, [FromServices] AdmitHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, ct),
            new("Shelter.Admit.Done", Done: r => Show(r.Id!.Value), Again: async _ => View(new AdmitPage(form, await freeBeds.ListAsync(ct))), Prefix: "Form"), ct);

    [HttpGet("Shelter/Placements/{placementId:guid}")]
    [AuditView(nameof(Placement), RouteKey)]
    public async Task<IActionResult> Details(Guid placementId, CancellationToken ct, int page = 1) =>
        await pageQuery.GetAsync(placementId, ct, page) is { } model ? View(model) : NotFound();

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
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, User, ct),
            End(placementId, "Shelter.Exit.Done", m => m with { ExitForm = form }, "ExitForm", ct), ct);

    private static RedirectToActionResult Show(Guid placementId) => PlacementFile.Show(placementId);

    private PostEnd End(Guid placementId, string doneKey, Func<PlacementPage, PlacementPage> keepInput, string prefix, CancellationToken ct) =>
        file.End(this, placementId, doneKey, keepInput, prefix, ct);
}
