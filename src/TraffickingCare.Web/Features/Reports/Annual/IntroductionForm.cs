using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>Management's introduction to a year's report, edited while the report is a draft.</summary>
public sealed class IntroductionForm
{
    [Display(Name = "Reports.IntroductionSerbian")]
    public string? Serbian { get; set; }

    [Display(Name = "Reports.IntroductionEnglish")]
    public string? English { get; set; }

    /// <summary>The version the form was rendered with (0: no introduction yet); a stale save is refused.</summary>
    public int Version { get; set; }
}
