using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>
/// The depersonalised extract for partners (management only): the page says, before anything leaves the Centre, what
/// the year's extract holds, how it was generalised and how many rows are withheld; the download is computed the same
/// way and says the same in its response headers and its file name (k). Every download is audited.
/// </summary>
[Authorize(Policy = Policies.ReportManagers)]
public sealed class ReportExtractController(ExtractQuery extracts, CentreClock clock) : Controller
{
    public const string AuditType = "ReportExtract";

    /// <summary>The year (by default the last full one, as the annual report) and what its extract will hold.</summary>
    [HttpGet("Reports/Extract")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var chosen = year ?? clock.Today.Year - 1;
        if (!AnnualReportRules.Covers(chosen, clock.Today))
        {
            return NotFound();
        }

        var summary = await extracts.SummaryAsync(chosen, ct);
        var years = Enumerable.Range(AnnualReportRules.FirstYear, clock.Today.Year - AnnualReportRules.FirstYear + 1).Reverse().ToList();
        return View(new ExtractPage(chosen, years, summary));
    }

    [HttpGet("Reports/Extract/{year:int}/extract.csv")]
    public async Task<IActionResult> Download(int year, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return NotFound();
        }

        var outcome = await extracts.GetAsync(year, ct);
        var summary = outcome.Summary;
        var csv = ExtractCsv.Write(outcome.Rows);
        await audit.RecordDownloadAsync(AuditType, Guid.Empty, DownloadedFile.Of(csv, summary.Kept), AuditNote(year, summary), ct);
        Response.Headers["X-Extract-K"] = summary.K.ToString(CultureInfo.InvariantCulture);
        Response.Headers["X-Extract-Generalisation"] = summary.Generalisation.ToString();
        Response.Headers["X-Extract-Rows"] = summary.Kept.ToString(CultureInfo.InvariantCulture);
        Response.Headers["X-Extract-Withheld"] = summary.Withheld.ToString(CultureInfo.InvariantCulture);
        return File(csv, "text/csv; charset=utf-8", ExtractCsv.FileName(year, summary.K));
    }

    /// <summary>What the audit keeps of an extract: the year and how it was made, counts of rows only.</summary>
    public static string AuditNote(int year, ExtractSummary summary) => string.Create(
        CultureInfo.InvariantCulture,
        $"extract.csv {year} k={summary.K} generalisation={summary.Generalisation} rows={summary.Kept} withheld={summary.Withheld}");
}
