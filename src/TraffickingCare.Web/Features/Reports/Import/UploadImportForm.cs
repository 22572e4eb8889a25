using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Reports.Import;

public sealed class UploadImportForm
{
    [Display(Name = "Import.File")]
    public IFormFile? File { get; set; }
}
