using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The list's filter, bound from the query string: the address holds it, every page of the list keeps it.</summary>
public sealed class TrainingListFilter
{
    public const int PageSize = 25;

    /// <summary>The year the training was held in.</summary>
    [Display(Name = "Activity.Trainings.List.Year")]
    public int? Year { get; set; }

    /// <summary>A <c>TrainingSector</c> code: trainings with someone from that sector.</summary>
    [Display(Name = "Activity.Trainings.List.Sector")]
    public string? Sector { get; set; }

    /// <summary>A <c>Municipality</c> code.</summary>
    [Display(Name = "Activity.Trainings.Fields.Municipality")]
    public string? Municipality { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>What the selects offer, filled by the list's query.</summary>
    [BindNever]
    public TrainingFilterChoices Choices { get; set; } = TrainingFilterChoices.None;
}
