using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>The year is optional (this year is shown); a given one lies between the first year on record and this one.</summary>
public sealed class ActivityFilterValidator : AbstractValidator<ActivityFilter>
{
    public ActivityFilterValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(f => f.Year).Must(y => string.IsNullOrWhiteSpace(y) || TryParse(y, out var year) && year <= clock.Today.Year)
            .WithMessage(_ => l["Activity.Hub.Errors.Year", ActivityDates.Earliest.Year, clock.Today.Year]);
    }

    public static bool TryParse(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= ActivityDates.Earliest.Year;
}
