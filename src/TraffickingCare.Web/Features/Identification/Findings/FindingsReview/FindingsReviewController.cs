using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>
/// The coordinator's four eyes on submitted findings: approve them, or return them to the team with a reason.
/// Whoever wrote in them cannot approve them (the document refuses).
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class FindingsReviewController(FormPost post) : Controller
{
    [HttpPost("Identification/Approve/{findingsId:guid}")]
    public Task<IActionResult> Approve(Guid findingsId, int version, [FromServices] ApproveFindingsHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(findingsId, version, User, ct),
            new("Identification.Findings.Approved", Done: _ => IdentificationPages.Findings(findingsId)));

    /// <summary>
    /// A reason with nothing in it is refused on the findings page, as a button's refusal; a typed one that is
    /// refused (too long, a stale version) comes back in the form with the reasons.
    /// </summary>
    [HttpPost("Identification/ReturnToDraft/{findingsId:guid}")]
    [AuditView(IdentificationAudit.Findings, "findingsId")]
    public Task<IActionResult> ReturnToDraft(
        Guid findingsId,
        [Bind(Prefix = nameof(FindingsViewModel.ReturnForm))] ReturnFindingsForm form,
        [FromServices] IValidator<ReturnFindingsForm> validator,
        [FromServices] ReturnFindingsHandler handler,
        [FromServices] FindingsQuery query,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(findingsId, f, User, ct),
            new("Identification.Findings.Returned",
                Done: _ => IdentificationPages.Findings(findingsId),
                Again: string.IsNullOrWhiteSpace(form.Reason) ? null
                    : async r => await query.GetAsync(findingsId, User, ct) is { } model
                        ? View(nameof(FindingsController.Findings), model with { ReturnForm = Kept(form, model.ReturnForm.Version, r) })
                        : NotFound(),
                Prefix: nameof(FindingsViewModel.ReturnForm)), ct);

    /// <summary>The reason as typed, at the version the page was opened with; after a conflict, at the document's version as it is now.</summary>
    private static ReturnFindingsForm Kept(ReturnFindingsForm typed, int current, ChangeResult? result)
    {
        if (result is { IsConflict: true })
        {
            typed.Version = current;
        }

        return typed;
    }
}
