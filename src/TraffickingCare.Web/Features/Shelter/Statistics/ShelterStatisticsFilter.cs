using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>The period of the shelter's figures, typed as dd.MM.yyyy. and bound from the query string (a GET form).</summary>
public sealed class ShelterStatisticsFilter
{
    /// <summary>The longest period one page shows day by day: five years and a leap day.</summary>
    public const int MaxDays = (5 * 365) + 1;

    [Display(Name = "Shelter.Statistics.From")]
    public string? From { get; set; }

    [Display(Name = "Shelter.Statistics.To")]
    public string? To { get; set; }
}
