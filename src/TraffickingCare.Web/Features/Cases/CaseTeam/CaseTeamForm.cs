using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>The coordinator's staffing of a case: lead, one member to add or remove, and the restricted flag.</summary>
public sealed class CaseTeamForm
{
    public int Version { get; set; }

    [Display(Name = "Cases.Team.Member")]
    public string? UserId { get; set; }

    /// <summary>The button pressed; null when the posted name is none of <see cref="CaseTeamChange"/>.</summary>
    public CaseTeamChange? Change { get; set; }
}
