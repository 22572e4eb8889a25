namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>The <c>Reports</c> configuration section: what the report may reveal.</summary>
public sealed class AnnualReportOptions
{
    public const string Section = "Reports";

    /// <summary>Counts from 1 to this − 1 are shown as "&lt;N" in the published report and every export.</summary>
    public int SuppressionThreshold { get; set; } = 3;
}
