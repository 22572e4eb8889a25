using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>
/// Keeps a file with a training: the content must be an accepted type and the one its name claims; then it is
/// encrypted into the attachments folder and its row saved. A file whose row is not saved is removed again.
/// </summary>
public sealed class UploadMaterialHandler(AppDbContext db, AttachmentStore store, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, UploadMaterialForm form, string userId, CancellationToken ct)
    {
        if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, ct))
        {
            return ChangeResult.NotFound;
        }

        var file = form.File!;
        await using var content = file.OpenReadStream();
        if (AttachmentContent.Check(content, file.FileName) is not { } type)
        {
            return ChangeResult.Refused(
                AttachmentContent.Sniff(content) is null ? "Attachments.Errors.Content" : "Attachments.Errors.ExtensionMismatch",
                nameof(UploadMaterialForm.File));
        }

        var stored = await store.SaveAsync(content, ct);
        try
        {
            var result = await ChangeResult.OfAsync(async () =>
            {
                db.TrainingMaterials.Add(TrainingMaterial.Upload(trainingId, file.FileName, type, stored.Length, stored.Name, stored.WrappedKey, userId, clock.UtcNow));
                await db.SaveChangesAsync(ct);
            });
            if (!result.Succeeded)
            {
                store.DeleteUnrecorded(stored.Name);
            }

            return result;
        }
        catch
        {
            store.DeleteUnrecorded(stored.Name);
            throw;
        }
    }
}
