using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// The register's period: a date that cannot be read is said so under its field (the list then leaves it out, as it
/// always did), and an end before the start is named rather than shown as an empty register.
/// </summary>
public sealed class ReferralRegisterFilterValidator : AbstractValidator<ReferralRegisterFilter>
{
    public ReferralRegisterFilterValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.From).OptionalDate().WithMessage(_ => l["Common.Filter.DateInvalid"]);
        RuleFor(f => f.To).Cascade(CascadeMode.Stop)
            .OptionalDate().WithMessage(_ => l["Common.Filter.DateInvalid"])
            .OptionalDateNotBefore(f => f.From).WithMessage(_ => l["Common.Filter.PeriodOrder"]);
    }
}
