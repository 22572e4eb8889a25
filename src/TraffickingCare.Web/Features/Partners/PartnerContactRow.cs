namespace TraffickingCare.Web.Features.Partners;

/// <summary>A contact person of an institution: personal data, shown on the partner's page, never logged.</summary>
/// <param name="Version">The contact's version on the page: removing it from a page older than a correction is told, not applied.</param>
public sealed record PartnerContactRow(Guid Id, string Name, string? Function, string? Phone, string? Email, int Version);
