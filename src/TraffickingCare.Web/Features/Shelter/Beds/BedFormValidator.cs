using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed class BedFormValidator : AbstractValidator<BedForm>
{
    public BedFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Validation.Required", l["Shelter.Beds.BedLabel"]])
            .MaximumLength(Bed.LabelMaxLength).WithMessage(_ => l["Validation.TooLong", Bed.LabelMaxLength]);
    }
}
