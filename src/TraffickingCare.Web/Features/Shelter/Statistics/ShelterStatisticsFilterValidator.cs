using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>Both dates are optional (the page then shows this year so far); given ones must be real dates in order.</summary>
public sealed class ShelterStatisticsFilterValidator : AbstractValidator<ShelterStatisticsFilter>
{
    public ShelterStatisticsFilterValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.From).OptionalDate().WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(f => f.To)
            .Cascade(CascadeMode.Stop)
            .OptionalDate().WithMessage(_ => l["Shelter.Errors.Date"])
            .Must((f, _) => !Both(f, out var from, out var to) || from <= to).WithMessage(_ => l["Shelter.Statistics.Errors.Order"])
            .Must((f, _) => !Both(f, out var from, out var to) || to.DayNumber - from.DayNumber < ShelterStatisticsFilter.MaxDays)
            .WithMessage(_ => l["Shelter.Statistics.Errors.TooLong"]);
    }


    private static bool Both(ShelterStatisticsFilter filter, out DateOnly from, out DateOnly to)
    {
        to = default;
        return CentreClock.TryParseDate(filter.From, out from) && CentreClock.TryParseDate(filter.To, out to);
    }
}
