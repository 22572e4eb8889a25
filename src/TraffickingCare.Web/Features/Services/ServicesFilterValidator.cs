using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Services;

/// <summary>
/// The service list's period: a date that cannot be read is said so under its field (the list then leaves it out),
/// and an end before the start is named rather than shown as an empty list.
/// </summary>
public sealed class ServicesFilterValidator : AbstractValidator<ServicesFilter>
{
    public ServicesFilterValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.From).OptionalDate().WithMessage(_ => l["Common.Filter.DateInvalid"]);
        RuleFor(f => f.To).Cascade(CascadeMode.Stop)
            .OptionalDate().WithMessage(_ => l["Common.Filter.DateInvalid"])
            .OptionalDateNotBefore(f => f.From).WithMessage(_ => l["Common.Filter.PeriodOrder"]);
    }
}
