using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Management brings the Centre's historical cases in: upload, a validation report before anything is written, a
/// summary and the commit, whose progress and result the import's page shows.
/// </summary>
[Authorize(Policy = Policies.ReportManagers)]
public sealed class ReportImportController(ImportPageQuery query, FormPost post) : Controller
{
    private const string FormPrefix = nameof(ImportIndexPage.Upload);

    /// <summary>While a commit runs, its page asks the browser to load it again; no script is needed.</summary>
    private const int RefreshSeconds = 2;

    [HttpGet("Reports/Import")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.IndexAsync(User, ct));

    [HttpPost("Reports/Import")]
    [ImportUploadLimits]
    public async Task<IActionResult> Upload(
        [Bind(Prefix = FormPrefix)] UploadImportForm form,
        [FromServices] IValidator<UploadImportForm> validator,
        [FromServices] ValidateImportHandler handler,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation, FormPrefix);
            return View(nameof(Index), await query.IndexAsync(User, ct));
        }

        var result = await handler.HandleAsync(form.File!, User, ct);
        if (result.ImportId is { } id)
        {
            return RedirectToAction(nameof(Details), new { importId = id });
        }

        return View(nameof(Index), await query.IndexAsync(User, ct) with { Report = result.Result });
    }

    [HttpGet("Reports/Import/{importId:guid}")]
    public async Task<IActionResult> Details(Guid importId, CancellationToken ct)
    {
        if (await query.GetAsync(importId, User, ct) is not { } page)
        {
            return NotFound();
        }

        if (page.IsRunning)
        {
            Response.Headers.Append("Refresh", RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return View(page);
    }

    [HttpPost("Reports/Import/{importId:guid}/Commit")]
    public Task<IActionResult> Commit(Guid importId, [FromServices] StartImportHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(importId, User, ct),
            new("Import.Started", Done: _ => RedirectToAction(nameof(Details), new { importId })));
}
