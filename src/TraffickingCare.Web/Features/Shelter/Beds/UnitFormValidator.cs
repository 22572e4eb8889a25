using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed class UnitFormValidator : AbstractValidator<UnitForm>
{
    public UnitFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Validation.Required", l["Shelter.Beds.UnitName"]])
            .MaximumLength(ShelterUnit.NameMaxLength).WithMessage(_ => l["Validation.TooLong", ShelterUnit.NameMaxLength]);
        RuleFor(x => x.Address).NotEmpty().WithMessage(_ => l["Validation.Required", l["Shelter.Address"]])
            .MaximumLength(ShelterUnit.AddressMaxLength).WithMessage(_ => l["Validation.TooLong", ShelterUnit.AddressMaxLength]);
    }
}
