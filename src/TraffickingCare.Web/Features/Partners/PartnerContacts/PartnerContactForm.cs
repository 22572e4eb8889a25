using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>A contact person as the add form (on the partner's page) and the edit page post it.</summary>
public sealed class PartnerContactForm
{
    [Display(Name = "Partners.Contacts.Name")]
    public string? Name { get; set; }

    [Display(Name = "Partners.Contacts.Function")]
    public string? Function { get; set; }

    [Display(Name = "Partners.Fields.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Partners.Fields.Email")]
    public string? Email { get; set; }

    /// <summary>The contact's version on the edit page; the add form has none.</summary>
    public int? Version { get; set; }
}
