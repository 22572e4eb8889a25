namespace TraffickingCare.Web.Features.Partners;

/// <summary>A contact person of an institution: personal data, shown on the partner's page, never logged.</summary>
public sealed record PartnerContactRow(Guid Id, string Name, string? Function, string? Phone, string? Email);
