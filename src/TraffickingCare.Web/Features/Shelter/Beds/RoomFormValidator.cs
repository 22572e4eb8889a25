using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed class RoomFormValidator : AbstractValidator<RoomForm>
{
    public RoomFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Validation.Required", l["Shelter.Beds.RoomName"]])
            .MaximumLength(ShelterRoom.NameMaxLength).WithMessage(_ => l["Validation.TooLong", ShelterRoom.NameMaxLength]);
    }
}
