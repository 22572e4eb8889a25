namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>The page that corrects one contact person.</summary>
public sealed record EditContactPage(Guid PartnerId, string PartnerName, Guid ContactId, PartnerContactForm ContactForm);
