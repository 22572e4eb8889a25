using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed class MoveFormValidator : AbstractValidator<MoveForm>
{
    public MoveFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.BedId).NotEmpty().WithMessage(_ => l["Shelter.Errors.BedRequired"]);
    }
}
