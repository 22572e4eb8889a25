using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>The new or edit page: the form, the municipalities and the institutions to choose from.</summary>
public sealed record LocalTeamFormPage(LocalTeamForm Form, IReadOnlyList<CodeListOption> Municipalities, IReadOnlyList<CodeListOption> Partners)
{
    /// <summary>Set on the edit page: the team being edited.</summary>
    public Guid? TeamId { get; init; }
}
