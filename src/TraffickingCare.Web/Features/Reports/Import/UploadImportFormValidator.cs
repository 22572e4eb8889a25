using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Import;

public sealed class UploadImportFormValidator : AbstractValidator<UploadImportForm>
{
    public UploadImportFormValidator(IStringLocalizer<SharedResource> l, IOptions<ReportImportOptions> options)
    {
        var max = options.Value.MaxBytes;
        RuleFor(x => x.File).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Import.Errors.FileRequired"])
            .Must(f => f!.Length > 0).WithMessage(_ => l["Import.Errors.Empty"])
            .Must(f => f!.Length <= max).WithMessage(_ => l["Import.Errors.TooLarge", FileSize.Format(max, l)])
            .Must(f => string.Equals(Path.GetExtension(f!.FileName), ".csv", StringComparison.OrdinalIgnoreCase)).WithMessage(_ => l["Import.Errors.Type"])
            .Must(f => Path.GetFileName(f!.FileName).Length <= CaseImport.FileNameMaxLength).WithMessage(_ => l["Import.Errors.FileName"]);
    }
}
