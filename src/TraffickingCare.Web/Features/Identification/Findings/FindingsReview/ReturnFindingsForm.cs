namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>The coordinator's return of submitted findings: the version reviewed and why it goes back.</summary>
public sealed class ReturnFindingsForm
{
    public int Version { get; set; }

    public string? Reason { get; set; }
}
