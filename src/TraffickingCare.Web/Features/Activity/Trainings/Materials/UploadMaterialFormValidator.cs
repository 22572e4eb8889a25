using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>The same limits as a case's attachments; whether the content is what the name says is the handler's check (it reads the file).</summary>
public sealed class UploadMaterialFormValidator : AbstractValidator<UploadMaterialForm>
{
    public UploadMaterialFormValidator(IStringLocalizer<SharedResource> l, IOptions<StorageOptions> options)
    {
        var max = options.Value.MaxAttachmentBytes;
        RuleFor(x => x.File).AcceptedUpload(l, max);
    }
}
