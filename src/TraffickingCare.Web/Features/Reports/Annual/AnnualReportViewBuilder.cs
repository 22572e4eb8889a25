using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// Turns cells (live or frozen) into the report every output shows: the small-cell rule applied unless the internal
/// figures were asked for, tables in the contract's order, rows labelled in the reader's language (a code by its code
/// list's label, the report's own rows from the resource files). One more SQL command, for the labels.
/// </summary>
public sealed class AnnualReportViewBuilder(CodeListOptionsQuery codeLists, IStringLocalizer<SharedResource> l)
{
    /// <summary>The tables in the order the report prints them, with the code list their rows come from (if any).</summary>
    private static readonly (string Table, string? List, bool IsMain)[] Order =
    [
        (ReportTables.Summary, null, false), // drawn as the five-year trend instead
        (ReportTables.ReferralsBySector, AnnualFiguresQuery.SectorList, true),
        (ReportTables.ReferralsByOutcome, null, true),
        (ReportTables.ReferralsOpenedBySector, AnnualFiguresQuery.SectorList, false),
        (ReportTables.ReferralsIdentifiedBySector, AnnualFiguresQuery.SectorList, false), // drawn as the funnel by sector
        (ReportTables.ReferralsByRegion, AnnualFiguresQuery.RegionList, true),
        (ReportTables.ReferralsByMonth, null, true),
        (ReportTables.CasesByDaysToDecision, null, true),
        (ReportTables.BySex, AnnualFiguresQuery.SexList, true),
        (ReportTables.ByAgeGroup, null, true),
        (ReportTables.ByAgeBand, null, false),
        (ReportTables.ByCitizenship, null, true),
        (ReportTables.ByCitizenshipCountry, AnnualFiguresQuery.CitizenshipList, false),
        (ReportTables.ByExploitationAny, null, false),
        (ReportTables.ByExploitationExclusive, null, true),
        (ReportTables.ByScope, null, false),
        (ReportTables.ByService, AnnualFiguresQuery.SupportList, true),
        (WorkTables.SupportByType, AnnualFiguresQuery.SupportList, true),
        (WorkTables.PersonsServedByType, AnnualFiguresQuery.SupportList, false),
        (WorkTables.CentreWork, null, false),
        (WorkTables.Shelter, null, true),
        (WorkTables.ShelterExitsByDestination, null, false),
        (WorkTables.ShelterPhaseReached, null, false),
        (WorkTables.Trainings, null, true),
        (WorkTables.TrainingParticipantsBySector, WorkFiguresQuery.SectorList, false),
    ];

    public async Task<AnnualReportView> BuildAsync(ReportSource source, bool suppressed, CancellationToken ct)
    {
        var cells = source.Cells;
        var shown = source.Shown(suppressed);
        var lists = Order.Where(o => o.List is not null).Select(o => o.List!).ToList();
        var labels = await codeLists.GetLabelsAsync(lists, cells.Select(c => c.Row).Distinct().ToList(), ct);
        var years = cells.Select(c => c.Year).Distinct().Order().ToList();

        var tables = Order.Where(o => cells.Any(c => c.Table == o.Table)).Select(o =>
        {
            var rows = cells.Where(c => c.Table == o.Table).Select(c => c.Row).Distinct().Select(row => new ReportRowView(
                row,
                Label(row, o.List, labels),
                years.ToDictionary(y => y, y => shown.GetValueOrDefault(new CellKey(o.Table, row, y)) ?? "0")));

            // A country nobody held in any year shown would fill pages with zeros: the page and the PDF leave it out
            // (the cells CSV keeps every row, as the contract says).
            if (o.Table == ReportTables.ByCitizenshipCountry)
            {
                rows = rows.Where(r => r.Values.Values.Any(v => v != "0"));
            }

            var note = l["Reports.Note." + o.Table];
            return new ReportTableView(o.Table, l["Reports.Table." + o.Table], note.ResourceNotFound ? null : note.Value, o.IsMain, [.. rows]);
        }).ToList();

        return new AnnualReportView(source.Year, years, source.Revision, source.PublishedAtUtc, suppressed, source.SuppressionThreshold, source.Introduction, tables);
    }

    private string Label(string row, string? list, IReadOnlyDictionary<(string List, string Code), string> labels)
    {
        if (list is not null && labels.TryGetValue((list, row), out var label))
        {
            return label;
        }

        // The contract writes "Unknown" for a code-list table and "unknown" for the report's own rows: one label.
        var own = l["Reports.Row." + (row.Equals(ReportTables.Unknown, StringComparison.OrdinalIgnoreCase) ? ReportTables.Unknown : row)];
        return own.ResourceNotFound ? row : own.Value;
    }
}

/// <summary>
/// The cells a report is built from: the live figures, or a published revision's frozen ones. <paramref name="Frozen"/>:
/// a revision's cells as its public exports showed them when it was published (null for the live figures, and for a
/// revision published before those were kept).
/// </summary>
public sealed record ReportSource(
    int Year, IReadOnlyCollection<ReportCell> Cells, int SuppressionThreshold, int? Revision, DateTime? PublishedAtUtc, string? Introduction,
    IReadOnlyDictionary<CellKey, string>? Frozen = null)
{
    /// <summary>Each cell as shown: after the small-cell rule (as published, for a revision), or every count as it is.</summary>
    public IReadOnlyDictionary<CellKey, string> Shown(bool suppressed) => suppressed
        ? Frozen ?? CellSuppression.Apply(Cells, SuppressionThreshold, ReportTables.Sums(Cells))
        : Cells.ToDictionary(c => new CellKey(c.Table, c.Row, c.Year), c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
