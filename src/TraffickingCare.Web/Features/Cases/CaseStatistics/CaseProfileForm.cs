using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>The person's non-identifying data on a case, all optional: what the statistics count by.</summary>
public sealed class CaseProfileForm : CaseStatisticsForm
{
    [Display(Name = "Cases.Profile.Sex")]
    public string? SexCode { get; set; }

    [Display(Name = "Cases.Profile.Age")]
    public string? Age { get; set; }

    [Display(Name = "Cases.Profile.Citizenship")]
    public string? CitizenshipCode { get; set; }

    /// <summary>A dual (or further) citizen's other citizenships; the first is <see cref="CitizenshipCode"/>.</summary>
    [Display(Name = "Cases.Profile.FurtherCitizenships")]
    public List<string> FurtherCitizenships { get; set; } = [];

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
}
