using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>An institution's own data, as the create and edit pages post it.</summary>
public sealed class PartnerForm
{
    [Display(Name = "Partners.Fields.Name")]
    public string? Name { get; set; }

    /// <summary>The <see cref="Domain.Partners.Sector"/> by name.</summary>
    [Display(Name = "Partners.Fields.Sector")]
    public string? Sector { get; set; }

    [Display(Name = "Partners.Fields.Municipality")]
    public string? MunicipalityCode { get; set; }

    [Display(Name = "Partners.Fields.Address")]
    public string? Address { get; set; }

    [Display(Name = "Partners.Fields.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Partners.Fields.Email")]
    public string? Email { get; set; }

    /// <summary>The version the edit page showed; a save from an older one is refused.</summary>
    public int? Version { get; set; }

    /// <summary>The municipality the entry holds now: it stays acceptable after it was retired from the code list.</summary>
    [BindNever]
    public string? HeldMunicipalityCode { get; set; }
}
