using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Evidence;

public sealed class SourceFormValidator : AbstractValidator<SourceForm>
{
    public SourceFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Institution).NotEmpty().WithMessage(_ => l["Identification.Errors.InstitutionRequired"])
            .MaximumLength(InformationSource.InstitutionMaxLength).WithMessage(_ => l["Validation.TooLong", InformationSource.InstitutionMaxLength]);
        RuleFor(x => x.Document).NotEmpty().WithMessage(_ => l["Identification.Errors.DocumentRequired"])
            .MaximumLength(InformationSource.DocumentMaxLength).WithMessage(_ => l["Validation.TooLong", InformationSource.DocumentMaxLength]);
        RuleFor(x => x.ReceivedOn).PastDate(clock).WithMessage(_ => l["Identification.Errors.DateInvalid"]);
    }
}
