using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases.RestrictedCases;

public sealed class RestrictedCaseAccessFormValidator : AbstractValidator<RestrictedCaseAccessForm>
{
    public RestrictedCaseAccessFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.CaseCode).Must(v => CaseCode.TryParse(v, out _)).WithMessage(_ => l[OpenRestrictedCaseHandler.CaseNotFoundKey]);
        RuleFor(x => x.Reason).RealReason().WithMessage(_ => l["People.Errors.ReasonRequired"]);
        RuleFor(x => x.Reason).MaximumLength(AuditEntry.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", AuditEntry.ReasonMaxLength]);
    }
}
