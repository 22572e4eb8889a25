using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>What the upload form posts (multipart): the file only. Browsers never refill a file field, so a refusal keeps nothing typed.</summary>
public sealed class UploadMaterialForm
{
    [Display(Name = "Activity.Materials.File")]
    public IFormFile? File { get; set; }
}
