using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Network;

/// <summary>An actor of the network, added or corrected. The sector defaults to the institution's.</summary>
public sealed class ActorForm
{
    public int Version { get; set; }

    [Display(Name = "Network.Partner")]
    public Guid? PartnerId { get; set; }

    /// <summary>One of the institution's contact people (offered once the institution is saved).</summary>
    [Display(Name = "Network.Contact")]
    public Guid? PartnerContactId { get; set; }

    /// <summary>A <see cref="Domain.Partners.Sector"/> name; empty takes the institution's sector.</summary>
    [Display(Name = "Network.Sector")]
    public string? Sector { get; set; }

    [Display(Name = "Network.Role")]
    public string? RoleCode { get; set; }

    [Display(Name = "Network.LastContactOn")]
    public string? LastContactOn { get; set; }

    /// <summary>The role of the actor being corrected, as saved: it stays acceptable after it was retired from the list.</summary>
    [BindNever]
    public string? HeldRoleCode { get; set; }
}
