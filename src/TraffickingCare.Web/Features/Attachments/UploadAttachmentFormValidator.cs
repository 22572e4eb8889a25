using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>The form's input; whether the content is what the name says is the handler's check (it reads the file).</summary>
public sealed class UploadAttachmentFormValidator : AbstractValidator<UploadAttachmentForm>
{
    public UploadAttachmentFormValidator(IStringLocalizer<SharedResource> l, IOptions<StorageOptions> options)
    {
        var max = options.Value.MaxAttachmentBytes;
        RuleFor(x => x.File).AcceptedUpload(l, max);
        RuleFor(x => x.Category)
            .NotNull().WithMessage(_ => l["Validation.Required", l["Attachments.CategoryLabel"]])
            .IsInEnum().WithMessage(_ => l["Attachments.Errors.Category"]);
        RuleFor(x => x.Description)
            .MaximumLength(CaseAttachment.DescriptionMaxLength).WithMessage(_ => l["Validation.TooLong", CaseAttachment.DescriptionMaxLength]);
    }
}
