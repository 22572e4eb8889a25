using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>What the upload form posts (multipart). The file cannot be kept when the form comes back refused: browsers never refill a file field.</summary>
public sealed class UploadAttachmentForm
{
    [Display(Name = "Attachments.File")]
    public IFormFile? File { get; set; }

    [Display(Name = "Attachments.CategoryLabel")]
    public AttachmentCategory? Category { get; set; }

    [Display(Name = "Attachments.Description")]
    public string? Description { get; set; }
}
