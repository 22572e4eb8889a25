using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Features.Network;

/// <summary>One actor of a case's network as the panel and the page show it.</summary>
/// <param name="PartnerName">The institution; null for a family member without one.</param>
/// <param name="EnteredContactOn">The last contact entered by hand.</param>
/// <param name="DerivedContactOn">The latest service, visit or conference with the institution.</param>
public sealed record NetworkActorRow(
    Guid Id,
    Guid? PartnerId,
    Sector Sector,
    string? PartnerName,
    string? ContactName,
    string RoleCode,
    string RoleLabel,
    DateOnly? EnteredContactOn,
    DateOnly? DerivedContactOn,
    DateOnly? EndedOn,
    bool IsStale)
{
    public DateOnly? LastContactOn => NetworkContact.Last(EnteredContactOn, DerivedContactOn);

    public bool IsActive => EndedOn is null;

    /// <summary>What the ecomap writes under the actor: the institution, or the role of a family member.</summary>
    public string Label => PartnerName ?? RoleLabel;
}
