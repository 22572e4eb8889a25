using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Network;

public sealed class ActorDayFormValidator : AbstractValidator<ActorDayForm>
{
    public ActorDayFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock) =>
        RuleFor(x => x.On).PastDate(clock).WithMessage(_ => l["Network.Errors.Day"]);
}
