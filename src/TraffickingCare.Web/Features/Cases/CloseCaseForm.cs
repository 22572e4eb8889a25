using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases;

public sealed class CloseCaseForm
{
    public int Version { get; set; }

    [Display(Name = "Cases.Close.Reason")]
    public string? ClosureReasonCode { get; set; }

    [Display(Name = "Cases.Close.FollowUpOn")]
    public string? FollowUpOn { get; set; }
}
