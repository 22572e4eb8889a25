using System.ComponentModel.DataAnnotations;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>
/// The coordinator's team page of a case: the case's code and version, its lead and members (to make lead or remove)
/// and the caseworkers the picker offers to add (all of them, or those found by name in a large centre).
/// </summary>
public sealed record CaseTeamPage(Guid CaseId, string Code, int Version, bool IsRestricted, IReadOnlyList<CodeListOption> Team, CaseworkerPick Pick)
{
    /// <summary>The member chosen; empty on the page (a refused form keeps the posted one). Labelled as the form's field.</summary>
    [Display(Name = "Cases.Team.Member")]
    public string? UserId => null;

    /// <summary>The caseworkers offered besides the team, each once.</summary>
    public IReadOnlyList<CodeListOption> Others => [.. Pick.Offered.Where(o => Team.All(t => t.Code != o.Code))];
}
