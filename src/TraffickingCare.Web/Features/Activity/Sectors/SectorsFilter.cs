using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>The period (dd.MM.yyyy.) and municipality of the sector table, bound from the query string (a GET form).</summary>
public sealed class SectorsFilter
{
    /// <summary>The longest period one table reads: ten years.</summary>
    public const int MaxYears = 10;

    [Display(Name = "Activity.SectorsPage.From")]
    public string? From { get; set; }

    [Display(Name = "Activity.SectorsPage.To")]
    public string? To { get; set; }

    [Display(Name = "Activity.SectorsPage.Municipality")]
    public string? Municipality { get; set; }

    [BindNever]
    public IReadOnlyList<CodeListOption> Municipalities { get; set; } = [];
}
