using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>Publishing a year's report and comparing its revisions: management only.</summary>
[Authorize(Policy = Policies.ReportManagers)]
public sealed class ReportRevisionsController(CentreClock clock) : Controller
{
    [HttpPost("Reports/Annual/{year:int}/Publish")]
    public async Task<IActionResult> Publish(int year, int after, [FromServices] PublishReportHandler handler, [FromServices] FormPost post, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return NotFound();
        }

        return await post.EndButtonAsync(
            this,
            () => handler.HandleAsync(year, after, User.GetUserId(), ct),
            new("Reports.Published", Done: r => r.Succeeded
                ? RedirectToAction(nameof(AnnualReportController.Show), "AnnualReport", new { year, revision = r.Version })
                : RedirectToAction(nameof(AnnualReportController.Show), "AnnualReport", new { year })));
    }

    [HttpGet("Reports/Annual/{year:int}/Introduction")]
    public async Task<IActionResult> Introduction(int year, [FromServices] AppDbContext db, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return NotFound();
        }

        var saved = await db.ReportIntroductions.AsNoTracking().SingleOrDefaultAsync(i => i.Year == year, ct);
        return View(new IntroductionPage(year, new IntroductionForm { Serbian = saved?.Serbian, English = saved?.English, Version = saved?.Version ?? 0 }));
    }

    [HttpPost("Reports/Annual/{year:int}/Introduction")]
    public async Task<IActionResult> Introduction(
        int year, IntroductionForm form, [FromServices] SaveIntroductionHandler handler, [FromServices] IValidator<IntroductionForm> validator, [FromServices] FormPost post, [FromServices] AppDbContext db, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return NotFound();
        }

        return await post.EndAsync(
            this, form, validator, f => handler.HandleAsync(year, f, ct),
            new("Reports.IntroductionSaved", Done: _ => RedirectToAction(nameof(AnnualReportController.Show), "AnnualReport", new { year }),
                Again: async result =>
                {
                    // After a clash the typed texts stay and the page takes the saved version: saving again is a deliberate overwrite.
                    if (result is { IsConflict: true })
                    {
                        form.Version = await db.ReportIntroductions.Where(i => i.Year == year).Select(i => (int?)i.Version).SingleOrDefaultAsync(ct) ?? 0;
                    }

                    return View(nameof(Introduction), new IntroductionPage(year, form));
                }, Prefix: "Form"),
            ct);
    }

    /// <summary>The revisions of a year and the cells that differ between two of them (the latest two unless asked).</summary>
    [HttpGet("Reports/Annual/{year:int}/Revisions")]
    public async Task<IActionResult> Index(int year, int? left, int? right, [FromServices] RevisionDiffQuery diff, CancellationToken ct)
    {
        if (!AnnualReportRules.Covers(year, clock.Today))
        {
            return NotFound();
        }

        return View(await diff.GetAsync(year, left, right, ct));
    }
}
