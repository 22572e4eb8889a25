using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>
/// Both dates are optional (the table then shows this year so far); given ones must be real dates in order, at most
/// ten years apart. The municipality is checked against the code list by the controller's query.
/// </summary>
public sealed class SectorsFilterValidator : AbstractValidator<SectorsFilter>
{
    public SectorsFilterValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.From).OptionalDate().WithMessage(_ => l["Activity.SectorsPage.Errors.Date"]);
        RuleFor(f => f.To)
            .Cascade(CascadeMode.Stop)
            .OptionalDate().WithMessage(_ => l["Activity.SectorsPage.Errors.Date"])
            .Must((f, _) => !Both(f, out var from, out var to) || from <= to).WithMessage(_ => l["Activity.SectorsPage.Errors.Order"])
            .Must((f, _) => !Both(f, out var from, out var to) || to < from.AddYears(SectorsFilter.MaxYears))
            .WithMessage(_ => l["Activity.SectorsPage.Errors.TooLong", SectorsFilter.MaxYears]);
        RuleFor(f => f.Municipality)
            .Must((f, code) => string.IsNullOrWhiteSpace(code) || f.Municipalities.Any(m => m.Code == code))
            .WithMessage(_ => l["Activity.SectorsPage.Errors.Municipality"]);
    }


    private static bool Both(SectorsFilter filter, out DateOnly from, out DateOnly to)
    {
        to = default;
        return CentreClock.TryParseDate(filter.From, out from) && CentreClock.TryParseDate(filter.To, out to);
    }
}
