using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.AccessAlerts;

public sealed class ReviewAccessAlertFormValidator : AbstractValidator<ReviewAccessAlertForm>
{
    public ReviewAccessAlertFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Id).NotEmpty().WithMessage(_ => l["AccessAlerts.Errors.NotFound"]);
        RuleFor(x => x.Version).GreaterThan(0).WithMessage(_ => l["Common.ConcurrencyConflict"]);
    }
}
