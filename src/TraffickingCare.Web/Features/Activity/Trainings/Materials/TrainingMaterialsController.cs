using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>
/// A training's files (programme, slides, an attendance summary): recorders upload and remove them, every reader
/// downloads them. Kept encrypted like a case's attachments; each download is audited before the first byte.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class TrainingMaterialsController(FormPost post) : Controller
{
    private const string FormPrefix = nameof(TrainingDetailsViewModel.Upload);

    [HttpPost("Activity/Trainings/{trainingId:guid}/Materials")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    [UploadLimits("Trainings", nameof(TrainingsController.Details), "trainingId")]
    public Task<IActionResult> Upload(
        Guid trainingId,
        [Bind(Prefix = FormPrefix)] UploadMaterialForm form,
        [FromServices] IValidator<UploadMaterialForm> validator,
        [FromServices] UploadMaterialHandler handler,
        [FromServices] TrainingDetailsQuery query,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(trainingId, f, User.GetUserId(), ct),
            new("Activity.Materials.Added",
                Done: _ => TrainingPage(trainingId),
                Again: async _ => await query.GetAsync(trainingId, ct) is { } page ? View(nameof(TrainingsController.Details), page) : NotFound(),
                Prefix: FormPrefix), ct);

    [HttpGet("Activity/Trainings/{trainingId:guid}/Materials/{materialId:guid}")]
    public async Task<IActionResult> Download(
        Guid trainingId, Guid materialId, [FromServices] MaterialDownloadQuery query, [FromServices] AttachmentStore store, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (await query.GetAsync(trainingId, materialId, ct) is not { } material)
        {
            return NotFound();
        }

        if (!store.Exists(material.StoredName))
        {
            // The folder was not restored with the database: an operator's problem, logged with the id only.
            throw new FileNotFoundException($"The file of training material {material.Id} is not in the attachments folder.");
        }

        // Recorded before the first byte: if the entry cannot be written, nothing is sent.
        await audit.RecordDownloadAsync(nameof(TrainingMaterial), material.Id, DownloadedFile.Stored(material.SizeBytes), ct: ct);
        return new MaterialDownloadResult(material, store);
    }

    /// <summary>Soft: the row is marked deleted and the file stays in the folder.</summary>
    [HttpPost("Activity/Trainings/{trainingId:guid}/Materials/{materialId:guid}/Remove")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public Task<IActionResult> Remove(Guid trainingId, Guid materialId, [FromServices] RemoveMaterialHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(trainingId, materialId, User.GetUserId(), ct), new("Activity.Materials.Removed", Done: _ => TrainingPage(trainingId)));

    private static RedirectToActionResult TrainingPage(Guid trainingId) => new(nameof(TrainingsController.Details), "Trainings", new { trainingId }, "materials");
}
