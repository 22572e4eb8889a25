using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed class LabelFormValidator : AbstractValidator<LabelForm>
{
    public LabelFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Validation.Required", l["Shelter.Beds.Label"]])
            .MaximumLength(Bed.LabelMaxLength).WithMessage(_ => l["Validation.TooLong", Bed.LabelMaxLength]);
    }
}
