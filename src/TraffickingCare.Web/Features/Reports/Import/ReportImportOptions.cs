namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>The import's settings, from the <c>Reports</c> section.</summary>
public sealed class ReportImportOptions
{
    public const string Section = "Reports";

    /// <summary>The largest file accepted (<c>Reports:ImportMaxMegabytes</c>): 100 MB holds several hundred thousand rows.</summary>
    public int ImportMaxMegabytes { get; set; } = 100;

    /// <summary>
    /// The user name of the coordinator who leads the imported cases (<c>Reports:ImportLeadUserName</c>). Empty: the
    /// first enabled coordinator by user name. A manager cannot lead a case, and the file names no caseworker.
    /// </summary>
    public string? ImportLeadUserName { get; set; }

    public long MaxBytes => ImportMaxMegabytes * 1024L * 1024L;
}
