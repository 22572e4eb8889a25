using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>The list's filter, bound from the query string: the address holds it, every page of the list keeps it.</summary>
public sealed class EventListFilter
{
    public const int PageSize = 25;

    [Display(Name = "Activity.EventsPage.Year")]
    public int? Year { get; set; }

    /// <summary>An <see cref="Domain.Activity.AwarenessEventKind"/> by name.</summary>
    [Display(Name = "Activity.EventsPage.Kind")]
    public string? Kind { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The years the filter offers: from the first recorded event to the current year (filled by the query).</summary>
    [BindNever]
    public IReadOnlyList<int> Years { get; set; } = [];
}
