using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>A field visit as typed: recorded new, as an amendment of an older one, or a correction (with <see cref="Version"/>).</summary>
public sealed class FieldVisitForm
{
    public const string PurposeList = "VisitPurpose";

    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "FieldVisits.On")]
    public string? On { get; set; }

    /// <summary>A <see cref="Domain.Support.VisitPlace"/> name.</summary>
    [Display(Name = "FieldVisits.Place")]
    public string? Place { get; set; }

    [Display(Name = "FieldVisits.Purpose")]
    public string? PurposeCode { get; set; }

    /// <summary>Staff members and partners (see <see cref="Shared.Lookups.StaffOrPartnerValue"/>).</summary>
    [Display(Name = "FieldVisits.Participants")]
    public List<string> Participants { get; set; } = [];

    /// <summary>What was typed to find a partner among those who took part, in a large directory; never saved.</summary>
    public string? PartnerFind { get; set; }

    [Display(Name = "FieldVisits.Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "FieldVisits.NextStep")]
    public string? NextStep { get; set; }

    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "FieldVisits.NextStepOn")]
    public string? NextStepOn { get; set; }

    public Guid? AmendsVisitId { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// The purpose of the visit being corrected or amended, as saved: it stays acceptable after it was retired from the
    /// list, so a correction of the outcome never forces the user to change the purpose.
    /// </summary>
    [BindNever]
    public string? HeldPurposeCode { get; set; }
}
