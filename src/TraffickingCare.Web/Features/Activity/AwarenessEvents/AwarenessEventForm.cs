using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>An awareness event as the new and edit pages post it.</summary>
public sealed class AwarenessEventForm
{
    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "Activity.EventsPage.HeldOn")]
    public string? HeldOn { get; set; }

    /// <summary>An <see cref="Domain.Activity.AwarenessEventKind"/> by name.</summary>
    [Display(Name = "Activity.EventsPage.Kind")]
    public string? Kind { get; set; }

    [Display(Name = "Activity.EventsPage.EventTitle")]
    public string? Title { get; set; }

    [Display(Name = "Activity.EventsPage.Municipality")]
    public string? MunicipalityCode { get; set; }

    [Display(Name = "Activity.EventsPage.Audience")]
    public string? Audience { get; set; }

    [Display(Name = "Activity.EventsPage.PeopleReached")]
    public int? PeopleReached { get; set; }

    /// <summary>Partner ids from the directory, as posted (a tampered value is refused by the validator, not dropped).</summary>
    [Display(Name = "Activity.EventsPage.Partners")]
    public List<string> PartnerIds { get; set; } = [];

    /// <summary>The version the edit page showed; a save from an older one is refused.</summary>
    public int Version { get; set; }

    /// <summary>The municipality the event holds now: it stays acceptable after it was retired from the code list.</summary>
    [BindNever]
    public string? HeldMunicipalityCode { get; set; }

    /// <summary>The partners the event holds now: they stay acceptable after an entry was merged into another.</summary>
    [BindNever]
    public IReadOnlyCollection<Guid> HeldPartnerIds { get; set; } = [];
}
