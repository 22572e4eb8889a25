using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>The year of the conference figures, bound from the query string (a GET form); none is this year.</summary>
public sealed class ConferenceStatisticsFilter
{
    /// <summary>The first year a figure can belong to: no record of the Centre is older.</summary>
    public const int FirstYear = 2000;

    [Display(Name = "Conferences.Statistics.Year")]
    public string? Year { get; set; }
}
