using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>The create or edit page: the form, the municipalities to choose from, and where to go back to.</summary>
public sealed record PartnerFormPage(PartnerForm Form, IReadOnlyList<CodeListOption> Municipalities)
{
    /// <summary>Set on the edit page: the entry being edited.</summary>
    public Guid? PartnerId { get; init; }

    /// <summary>A local page the user came from (e.g. a case's support network) and returns to after creating.</summary>
    public string? ReturnUrl { get; init; }
}
