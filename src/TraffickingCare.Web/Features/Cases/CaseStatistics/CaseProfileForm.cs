using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>The person's non-identifying data on a case, all optional: what the statistics count by.</summary>
public sealed class CaseProfileForm
{
    /// <summary>The case's version when the form was shown.</summary>
    public int Version { get; set; }

    [Display(Name = "Cases.Profile.Sex")]
    public string? SexCode { get; set; }

    [Display(Name = "Cases.Profile.Age")]
    public string? Age { get; set; }

    [Display(Name = "Cases.Profile.Citizenship")]
    public string? CitizenshipCode { get; set; }

    [Display(Name = "Cases.Profile.Education")]
    public string? EducationCode { get; set; }

    [Display(Name = "Cases.Profile.MaritalStatus")]
    public string? MaritalStatusCode { get; set; }

    [Display(Name = "Cases.Profile.Municipality")]
    public string? ResidenceMunicipalityCode { get; set; }

    [Display(Name = "Cases.Profile.Languages")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Cases.Profile.Vulnerabilities")]
    public List<string> Vulnerabilities { get; set; } = [];

    /// <summary>Filled from the database, never from the request.</summary>
    [BindNever]
    public CaseHeldCodes Held { get; set; } = CaseHeldCodes.None;
}
