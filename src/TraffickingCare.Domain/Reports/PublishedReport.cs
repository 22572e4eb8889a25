using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Reports;

/// <summary>
/// A published revision of a year's report. Its cells are frozen as they were computed at publishing and are never
/// recomputed: a later correction to a case changes the live figures, never this. A correction is published as a
/// new revision of the same year; the revision number is unique per year, so two people publishing at once make one.
/// </summary>
public sealed class PublishedReport : Entity
{
    public const int IntroductionMaxLength = 8000;
    public const int RuleVersionMaxLength = 16;

    private readonly List<PublishedCell> cells = [];

    private PublishedReport()
    {
        RuleVersion = string.Empty;
        PublishedBy = string.Empty;
    }

    public int Year { get; private set; }

    public int Revision { get; private set; }

    /// <summary>The counting rules the cells were computed under (<see cref="AnnualReportRules.Version"/>).</summary>
    public string RuleVersion { get; private set; }

    /// <summary>The small-cell threshold in force when published: its exports keep hiding what it hid.</summary>
    public int SuppressionThreshold { get; private set; }

    public string PublishedBy { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    public string? IntroductionSerbian { get; private set; }

    public string? IntroductionEnglish { get; private set; }

    public IReadOnlyList<PublishedCell> Cells => cells;

    public static PublishedReport Publish(
        int year, int revision, IEnumerable<ReportCell> figures, int suppressionThreshold, ReportIntroduction? introduction, string userId, DateTime utcNow)
    {
        if (revision < 1 || suppressionThreshold < 1)
        {
            throw new DomainException("Reports.Errors.InvalidRevision");
        }

        var report = new PublishedReport
        {
            Year = year,
            Revision = revision,
            RuleVersion = AnnualReportRules.Version,
            SuppressionThreshold = suppressionThreshold,
            PublishedBy = Guard.Text(userId, UserIdMaxLength, "Reports.Errors.InvalidRevision"),
            PublishedAtUtc = utcNow,
            IntroductionSerbian = introduction?.Serbian,
            IntroductionEnglish = introduction?.English,
        };
        // What every public export shows is frozen with the counts, in the contract's order.
        var counted = figures.ToList();
        var shown = CellSuppression.Apply(counted, suppressionThreshold, ReportTables.Sums(counted));
        report.cells.AddRange(counted.Select((c, i) => new PublishedCell(report.Id, i, c.Table, c.Row, c.Year, c.Value, shown[new CellKey(c.Table, c.Row, c.Year)])));
        if (report.cells.Count == 0)
        {
            throw new DomainException("Reports.Errors.NothingToPublish");
        }

        return report;
    }
}
