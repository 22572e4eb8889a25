using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The coordinator's staffing of a case: lead, one member to add or remove, and the restricted flag.</summary>
public sealed class CaseTeamForm
{
    public int Version { get; set; }

    [Display(Name = "Cases.Team.Member")]
    public string? UserId { get; set; }

    /// <summary>"lead", "add", "remove", "restrict" or "unrestrict".</summary>
    public string? Change { get; set; }
}
