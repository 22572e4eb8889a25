using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.SubjectAccess;

public sealed class SubjectExportFormValidator : AbstractValidator<SubjectExportForm>
{
    public SubjectExportFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Reason)
            .RealReason().WithMessage(_ => l["SubjectAccess.Errors.ReasonRequired"])
            .MaximumLength(AuditEntry.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", AuditEntry.ReasonMaxLength]);
    }
}
