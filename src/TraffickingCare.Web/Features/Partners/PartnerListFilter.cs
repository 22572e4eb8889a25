using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>The directory's filter, bound from the query string: the address holds it, every page of the list keeps it.</summary>
public sealed class PartnerListFilter
{
    public const int PageSize = 25;

    /// <summary>Words of the name, in Latin or Cyrillic, with or without diacritics.</summary>
    [Display(Name = "Partners.List.Query")]
    public string? Q { get; set; }

    [Display(Name = "Partners.Fields.Sector")]
    public string? Sector { get; set; }

    [Display(Name = "Partners.Fields.Municipality")]
    public string? Municipality { get; set; }

    public int Page { get; set; } = 1;
}
