using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed class AdmitFormValidator : AbstractValidator<AdmitForm>
{
    public AdmitFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.CaseCode).Must(v => CaseCode.TryParse(v, out _)).WithMessage(_ => l["Shelter.Errors.CaseCode"]);
        RuleFor(x => x.AdmittedOn).PastDate(clock).WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(x => x.AdmittedAt).Must(v => CentreClock.TryParseTime(v, out _)).WithMessage(_ => l["Shelter.Errors.Time"]);
        RuleFor(x => x.ReferredBy).MaximumLength(Placement.ReferredByMaxLength).WithMessage(_ => l["Validation.TooLong", Placement.ReferredByMaxLength]);
        RuleFor(x => x.BedId).NotEmpty().WithMessage(_ => l["Shelter.Errors.BedRequired"]);
    }
}
