using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>
/// The checks every uploaded file passes in its form's validator (present, not empty, within the limit, an accepted
/// type by its name, a name that fits); whether the content is what the name says is <see cref="UploadedFiles"/>' check.
/// </summary>
public static class UploadRules
{
    public static IRuleBuilderOptions<T, IFormFile?> AcceptedUpload<T>(this IRuleBuilderInitial<T, IFormFile?> rule, IStringLocalizer l, long max) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Attachments.Errors.FileRequired"])
            .Must(f => f!.Length > 0).WithMessage(_ => l["Attachments.Errors.Empty"])
            .Must(f => f!.Length <= max).WithMessage(_ => l["Attachments.Errors.TooLarge", FileSize.Format(max, l)])
            .Must(f => AttachmentContent.Claimed(f!.FileName) is not null).WithMessage(_ => l["Attachments.Errors.Type", FileSize.Accepted])
            .Must(f => Path.GetFileName(f!.FileName).Length <= CaseAttachment.FileNameMaxLength).WithMessage(_ => l["Attachments.Errors.FileName"]);
}
