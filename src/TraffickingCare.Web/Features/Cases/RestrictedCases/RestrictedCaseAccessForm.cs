using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases.RestrictedCases;

/// <summary>Management names a restricted case and says why it must be read.</summary>
public sealed class RestrictedCaseAccessForm
{
    [Display(Name = "Cases.RestrictedAccess.CaseCode")]
    public string? CaseCode { get; set; }

    [Display(Name = "Cases.RestrictedAccess.Reason")]
    public string? Reason { get; set; }
}
