using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The case page, for the forms on it (status, notes, team, person): back to it when a change is done, or
/// the page again when refused: the case as it is now, with what was typed.
/// </summary>
public sealed class CasePage(CaseDetailsQuery query, AuditTrail audit)
{
    /// <summary>The name of the case's id in the routes of the case and of its sub-workflows.</summary>
    public const string RouteKey = "caseId";

    /// <summary>The view name; the sub-workflows' controllers find it in the parent folder.</summary>
    public const string View = nameof(CasesController.Details);

    /// <summary>The model state keys of the case's version on the page.</summary>
    private static readonly string[] VersionKeys = [nameof(CaseDetailsViewModel.Version), $"{nameof(CaseDetailsViewModel.CloseForm)}.{nameof(CloseCaseForm.Version)}"];

    /// <summary>Post/Redirect/Get: back to the case.</summary>
    public static IActionResult Show(Guid caseId) => new RedirectToActionResult(View, "Cases", new { caseId });

    public async Task<IActionResult> AgainAsync(Controller controller, Guid caseId, Func<CaseDetailsViewModel, CaseDetailsViewModel> keepInput, CancellationToken ct)
    {
        var model = await query.GetAsync(caseId, controller.User, ct);
        if (model is null)
        {
            return controller.NotFound();
        }

        // The refused form shows the whole case again: that is a view of the file too.
        await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);

        // The page carries the version of the case it shows, not the one posted: a change refused as stale
        // is made again only from the case as it is now.
        foreach (var key in VersionKeys)
        {
            controller.ModelState.Remove(key);
        }

        var page = keepInput(model);
        page.CloseForm.Version = page.Version;
        return controller.View(View, page);
    }
}
