using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Services;

/// <summary>A service as typed: logged new, as an amendment of an older one, or a correction (with <see cref="Version"/>).</summary>
public sealed class ServiceForm
{
    public const string TypeList = "ServiceType";

    [Display(Name = "Services.Type")]
    public string? TypeCode { get; set; }

    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "Services.On")]
    public string? On { get; set; }

    [Display(Name = "Services.Duration")]
    public int? DurationMinutes { get; set; }

    /// <summary>A staff member or a partner (see <see cref="Shared.Lookups.StaffOrPartnerValue"/>).</summary>
    [Display(Name = "Services.GivenBy")]
    public string? GivenBy { get; set; }

    [Display(Name = "Services.Note")]
    public string? Note { get; set; }

    /// <summary>What was typed to find a partner for "given by" in a large directory; never saved.</summary>
    public string? PartnerFind { get; set; }

    /// <summary>Set when the service amends an earlier one that can no longer be corrected.</summary>
    public Guid? AmendsServiceId { get; set; }

    /// <summary>The service's version on the page, for a correction.</summary>
    public int Version { get; set; }

    /// <summary>
    /// The type of the service being corrected or amended, as saved: it stays acceptable after it was retired from the
    /// list, so a correction of the date or the note never forces the user to change the type.
    /// </summary>
    [BindNever]
    public string? HeldTypeCode { get; set; }
}
