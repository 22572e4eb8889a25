using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// The trainings the Centre gave: caseworkers, coordinators and management read them; coordinators and management
/// record, correct and remove them. No victim appears here: participants are counted, never named.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class TrainingsController(FormPost post) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("Activity/Trainings")]
    public async Task<IActionResult> Index(TrainingListFilter filter, [FromServices] TrainingListQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, ct));

    [HttpGet("Activity/Trainings/{trainingId:guid}")]
    public async Task<IActionResult> Details(Guid trainingId, [FromServices] TrainingDetailsQuery query, CancellationToken ct) =>
        await query.GetAsync(trainingId, ct) is { } model ? View(model) : NotFound();

    [HttpGet("Activity/Trainings/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> New([FromServices] TrainingFormQuery query, CancellationToken ct) =>
        View(await query.PageAsync(new TrainingForm(), ct));

    /// <remarks>The trainers' search button posts the form too (<c>findTrainers</c>): nothing is saved, the form comes back as typed.</remarks>
    [HttpPost("Activity/Trainings/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> New(
        [Bind(Prefix = FormPrefix)] TrainingForm form, string? findTrainers, [FromServices] IValidator<TrainingForm> validator, [FromServices] RecordTrainingHandler handler, [FromServices] TrainingFormQuery query, CancellationToken ct) =>
        findTrainers is not null
            ? View(await PostedPageAsync(form, query, ct))
            : await post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct),
                new("Activity.Trainings.Flash.Recorded", Done: r => Show(r.Id!.Value), Again: async _ => View(await PostedPageAsync(form, query, ct)), Prefix: FormPrefix), ct);

    [HttpGet("Activity/Trainings/{trainingId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(Guid trainingId, [FromServices] TrainingFormQuery query, CancellationToken ct) =>
        await query.SavedAsync(trainingId, ct) is { } form ? View(await query.PageAsync(form, ct) with { TrainingId = trainingId }) : NotFound();

    [HttpPost("Activity/Trainings/{trainingId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(
        Guid trainingId, [Bind(Prefix = FormPrefix)] TrainingForm form, string? findTrainers, [FromServices] IValidator<TrainingForm> validator, [FromServices] ChangeTrainingHandler handler, [FromServices] TrainingFormQuery query, CancellationToken ct)
    {
        if (await query.SavedAsync(trainingId, ct) is not { } saved)
        {
            return NotFound();
        }

        form.Held = saved.Held;
        if (findTrainers is not null)
        {
            return View(await PostedPageAsync(form, query, ct) with { TrainingId = trainingId });
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(trainingId, f, User.GetUserId(), ct),
            new("Activity.Trainings.Flash.Saved", Done: _ => Show(trainingId), Again: result => EditAgainAsync(trainingId, form, result, query, ct), Prefix: FormPrefix), ct);
    }

    /// <summary>Soft: the training leaves the list and the figures; its row stays.</summary>
    [HttpPost("Activity/Trainings/{trainingId:guid}/Remove")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public Task<IActionResult> Remove(Guid trainingId, int version, [FromServices] RemoveTrainingHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(trainingId, version, User.GetUserId(), ct), new("Activity.Trainings.Flash.Removed", Done: _ => RedirectToAction(nameof(Index))));

    private static RedirectToActionResult Show(Guid trainingId) => new(nameof(Details), "Trainings", new { trainingId });

    /// <summary>After a conflict the typed values stay and the page takes the record's new version: saving again is a deliberate overwrite.</summary>
    private async Task<IActionResult> EditAgainAsync(Guid trainingId, TrainingForm form, ChangeResult? result, TrainingFormQuery query, CancellationToken ct)
    {
        if (result is { IsConflict: true } && await query.SavedAsync(trainingId, ct) is { } latest)
        {
            form.Version = latest.Version;
            ModelState.Remove($"{FormPrefix}.{nameof(TrainingForm.Version)}");
        }

        return View(await PostedPageAsync(form, query, ct) with { TrainingId = trainingId });
    }

    /// <summary>
    /// The page for a posted form. Its sector rows are the list's as it is now, each with the count posted for its code:
    /// a sector added, retired or moved meanwhile shifts the rows, so each row's posted fields and messages are moved to
    /// where its code is now (<see cref="ModelStateExtensions.MoveRows"/>), never shown beside another sector.
    /// </summary>
    private async Task<TrainingFormPage> PostedPageAsync(TrainingForm form, TrainingFormQuery query, CancellationToken ct)
    {
        var posted = form.Sectors.Select(s => s.Code).ToList();
        var page = await query.PageAsync(form, ct);
        ModelState.MoveRows($"{FormPrefix}.{nameof(TrainingForm.Sectors)}", posted, [.. page.Form.Sectors.Select(s => s.Code)]);
        return page;
    }
}
