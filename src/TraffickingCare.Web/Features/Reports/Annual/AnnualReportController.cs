using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Reports.Annual.Pdf;
using TraffickingCare.Web.Features.Reports.Annual.Workbook;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The annual statistical report: live or a published revision, and its downloads. Coordinators and management read
/// it with the small-cell rule applied; the unsuppressed ("internal") figures are management's alone.
/// </summary>
[Authorize(Policy = Policies.CentreStatisticsReaders)]
public sealed class AnnualReportController(ReportSourceQuery sources, AnnualReportViewBuilder builder, AuditTrail audit, CentreClock clock) : Controller
{
    public const string AuditType = "AnnualReport";

    /// <summary>The last full year: the one a report is prepared for.</summary>
    [HttpGet("Reports/Annual")]
    public IActionResult Index() => RedirectToAction(nameof(Show), new { year = clock.Today.Year - 1 });

    [HttpGet("Reports/Annual/{year:int}")]
    public async Task<IActionResult> Show(int year, int? revision, bool @internal, [FromServices] RevisionListQuery revisions, CancellationToken ct)
    {
        var source = await SourceAsync(year, revision, @internal, ct);
        if (source.Cells is null)
        {
            return source.Refusal;
        }

        var report = await builder.BuildAsync(source.Cells, !@internal, ct);
        return View(new AnnualReportPage(report, await revisions.GetAsync(year, ct), User.Meets(Policies.ReportManagers)));
    }

    /// <summary>The cell contract: <c>table,row,year,value</c>, one line per cell, every row of every table.</summary>
    [HttpGet("Reports/Annual/{year:int}/cells.csv")]
    public async Task<IActionResult> Cells(int year, int? revision, bool @internal, CancellationToken ct)
    {
        var source = await SourceAsync(year, revision, @internal, ct);
        if (source.Cells is null)
        {
            return source.Refusal;
        }

        var csv = System.Text.Encoding.UTF8.GetBytes(CellsCsv.Write(source.Cells, !@internal));
        await audit.RecordDownloadAsync(AuditType, Guid.Empty, DownloadedFile.Of(csv, source.Cells.Cells.Count), ExportNote("cells.csv", year, revision, @internal), ct);
        return File(csv, "text/csv; charset=utf-8", CellsCsv.FileName(year, revision, @internal));
    }

    /// <summary>The report as a workbook: one sheet per table, the same values the page shows.</summary>
    [HttpGet("Reports/Annual/{year:int}/report.xlsx")]
    public async Task<IActionResult> Workbook(int year, int? revision, bool @internal, [FromServices] AnnualReportWorkbook workbook, CancellationToken ct)
    {
        var source = await SourceAsync(year, revision, @internal, ct);
        if (source.Cells is null)
        {
            return source.Refusal;
        }

        var bytes = workbook.Build(await builder.BuildAsync(source.Cells, !@internal, ct));
        await audit.RecordDownloadAsync(AuditType, Guid.Empty, DownloadedFile.Of(bytes), ExportNote("report.xlsx", year, revision, @internal), ct);
        return File(bytes, AnnualReportWorkbook.ContentType, Path.ChangeExtension(CellsCsv.FileName(year, revision, @internal), ".xlsx"));
    }

    /// <summary>The report as a PDF in the language asked for (<c>lang</c>: one of the UI cultures), else the reader's.</summary>
    [HttpGet("Reports/Annual/{year:int}/report.pdf")]
    public async Task<IActionResult> Pdf(int year, int? revision, bool @internal, string? lang, [FromServices] AnnualReportPdf pdf, CancellationToken ct)
    {
        var source = await SourceAsync(year, revision, @internal, ct);
        if (source.Cells is null)
        {
            return source.Refusal;
        }

        var culture = lang is not null && Cultures.Names.Contains(lang) ? Cultures.Create(lang) : CultureInfo.CurrentUICulture;
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        AnnualReportView view;
        try
        {
            // The labels come from the code lists and resources in the reader's language: the document's, here.
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
            view = await builder.BuildAsync(source.Cells, !@internal, ct);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }

        var bytes = pdf.Render(view, culture);
        await audit.RecordDownloadAsync(AuditType, Guid.Empty, DownloadedFile.Of(bytes), ExportNote("report.pdf " + culture.Name, year, revision, @internal), ct);
        return File(bytes, "application/pdf", pdf.FileName(view, culture));
    }

    /// <summary>What the audit keeps of a download: the file, never a figure.</summary>
    public static string ExportNote(string file, int year, int? revision, bool @internal) =>
        $"{file} {year} {(revision is { } r ? "r" + r : "live")}{(@internal ? " internal" : string.Empty)}";

    private async Task<Sourced> SourceAsync(int year, int? revision, bool @internal, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return new Sourced(null, NotFound());
        }

        if (@internal && !User.Meets(Policies.ReportManagers))
        {
            return new Sourced(null, Forbid());
        }

        var source = revision is { } r ? await sources.RevisionAsync(year, r, ct) : await sources.LiveAsync(year, ct);
        return source is null ? new Sourced(null, NotFound()) : new Sourced(source, null!);
    }

    /// <summary>The cells to show, or the answer when there are none to show this reader.</summary>
    private sealed record Sourced(ReportSource? Cells, IActionResult Refusal);
}
