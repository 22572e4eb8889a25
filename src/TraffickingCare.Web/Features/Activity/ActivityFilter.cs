using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>The year of the activity figures, bound from the query string (a GET form); none is this year.</summary>
public sealed class ActivityFilter
{
    [Display(Name = "Activity.Hub.Year")]
    public string? Year { get; set; }
}
