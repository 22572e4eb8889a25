using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>A local team as the new and edit pages post it.</summary>
public sealed class LocalTeamForm
{
    [Display(Name = "Activity.TeamsPage.Municipality")]
    public string? MunicipalityCode { get; set; }

    /// <summary>A <see cref="Domain.Activity.LocalTeamStatus"/> by name.</summary>
    [Display(Name = "Activity.TeamsPage.Status")]
    public string? Status { get; set; }

    /// <summary>Member institutions: partner ids from the directory, as posted.</summary>
    [Display(Name = "Activity.TeamsPage.Members")]
    public List<string> MemberIds { get; set; } = [];

    [Display(Name = "Activity.TeamsPage.CoordinatorName")]
    public string? CoordinatorName { get; set; }

    /// <summary>The member institution the coordinator works at (a partner id).</summary>
    [Display(Name = "Activity.TeamsPage.CoordinatorInstitution")]
    public string? CoordinatorPartnerId { get; set; }

    /// <summary>The version the edit page showed; a save from an older one is refused.</summary>
    public int Version { get; set; }

    /// <summary>The municipality the team holds now: it stays acceptable after it was retired from the code list.</summary>
    [BindNever]
    public string? HeldMunicipalityCode { get; set; }

    /// <summary>The members the team holds now: they stay acceptable after an entry was merged into another.</summary>
    [BindNever]
    public IReadOnlyCollection<Guid> HeldMemberIds { get; set; } = [];
}
