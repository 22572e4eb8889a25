using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>The year is optional (this year is shown); a given one is a year from the first on record to this one.</summary>
public sealed class ConferenceStatisticsFilterValidator : AbstractValidator<ConferenceStatisticsFilter>
{
    public ConferenceStatisticsFilterValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(f => f.Year).Must(y => string.IsNullOrWhiteSpace(y) || TryParse(y, out var year) && year <= clock.Today.Year)
            .WithMessage(_ => l["Conferences.Statistics.Errors.Year", ConferenceStatisticsFilter.FirstYear, clock.Today.Year]);
    }

    public static bool TryParse(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= ConferenceStatisticsFilter.FirstYear;
}
