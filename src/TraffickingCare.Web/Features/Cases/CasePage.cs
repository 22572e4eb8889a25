using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The case page, for the forms on it (status, notes): back to it when a change is done, or
/// the page again when refused: the case as it is now, with what was typed. Also the page with a hidden
/// part of the story shown, once management has said why.
/// </summary>
public sealed class CasePage(CaseDetailsQuery query, AuditTrail audit, StoryReveal reveal)
{
    /// <summary>The name of the case's id in the routes of the case and of its sub-workflows.</summary>
    public const string RouteKey = "caseId";

    /// <summary>The view name; the sub-workflows' controllers find it in the parent folder.</summary>
    public const string View = nameof(CasesController.Details);

    /// <summary>Post/Redirect/Get: back to the case.</summary>
    public static IActionResult Show(Guid caseId) => new RedirectToActionResult(View, "Cases", new { caseId });

    /// <summary>How a POST from the case page ends (see <see cref="FormPost"/>).</summary>
    /// <param name="keepInput">Puts what was typed into the page shown again; <paramref name="prefix"/> is that form's name in the page.</param>
    public PostEnd End(Controller controller, Guid caseId, string doneKey, CancellationToken ct, Func<CaseDetailsViewModel, CaseDetailsViewModel>? keepInput = null, string prefix = "") =>
        new(doneKey, Done: _ => Show(caseId), Again: _ => AgainAsync(controller, caseId, keepInput ?? (m => m), ct), Prefix: prefix);

    /// <summary>Management's reason for the person or the notes, then the page with them (see <see cref="CaseStory"/>).</summary>
    public Task<IActionResult> RevealAsync(Controller controller, StoryPart part, Guid caseId, string? reason, CancellationToken ct) =>
        reveal.RevealAsync(controller, part, caseId, reason, proof => query.GetAsync(caseId, controller.User, ct, proof), View, ct);

    private async Task<IActionResult> AgainAsync(Controller controller, Guid caseId, Func<CaseDetailsViewModel, CaseDetailsViewModel> keepInput, CancellationToken ct)
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
        controller.ModelState.Remove(nameof(CaseDetailsViewModel.Version));
        return controller.View(View, keepInput(model));
    }
}
