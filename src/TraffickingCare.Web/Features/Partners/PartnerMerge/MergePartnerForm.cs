using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

/// <summary>Merge the entry on the page (a duplicate) into the one kept.</summary>
public sealed class MergePartnerForm
{
    [Display(Name = "Partners.Merge.Kept")]
    public Guid? KeptPartnerId { get; set; }

    /// <summary>The duplicate's version on the page: merging an entry someone changed meanwhile is refused.</summary>
    public int? Version { get; set; }
}
