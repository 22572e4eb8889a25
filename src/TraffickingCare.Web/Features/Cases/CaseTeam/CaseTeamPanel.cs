using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>The coordinator's team form on the case page: the case's version and who can be made lead or added.</summary>
public sealed record CaseTeamPanel(Guid CaseId, int Version, bool IsRestricted, IReadOnlyList<CodeListOption> Caseworkers)
{
    /// <summary>The member chosen; empty on the page (a refused form keeps the posted one).</summary>
    public string? UserId => null;
}
