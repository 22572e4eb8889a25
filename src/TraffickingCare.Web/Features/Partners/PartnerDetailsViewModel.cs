using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Partners.PartnerContacts;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>The partner's page: its data, its contact people and the form to add one.</summary>
public sealed record PartnerDetailsViewModel(
    Guid Id,
    string Name,
    Sector Sector,
    string? MunicipalityCode,
    string? Address,
    string? Phone,
    string? Email,
    IReadOnlyList<PartnerContactRow> Contacts)
{
    /// <summary>IOM HTCDS <c>org_Type</c>, where the standard has the sector.</summary>
    public string? HtcdsOrgType => Sectors.HtcdsOrgType(Sector);

    public string? MunicipalityLabel { get; init; }

    public PartnerContactForm ContactForm { get; init; } = new();
}
