using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.People;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>
/// The coordinator's work on a waiting referral, all on its page: assign it, look for the person among
/// existing cases, decide its outcome. A refused form shows the referral page again with what was chosen.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class TriageController(FormPost post, ReferralDetailsQuery details, AuditTrail audit) : Controller
{
    private const string FormPrefix = "Triage.Form";
    private const string SearchPrefix = "Triage.Search";

    [HttpPost("Referrals/Assign/{referralId:guid}")]
    public Task<IActionResult> Assign(
        Guid referralId, AssignReferralForm form, [FromServices] IValidator<AssignReferralForm> validator, [FromServices] AssignReferralHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(referralId, f, User, ct),
            new("Referrals.Triage.Assigned", Done: _ => ToReferral(referralId), Again: r => ReferralPageAsync(referralId, new(Assignment: form, Conflict: r is { IsConflict: true }), ct)), ct);

    [HttpPost("Referrals/Triage/{referralId:guid}")]
    public Task<IActionResult> Triage(
        Guid referralId,
        [Bind(Prefix = FormPrefix)] TriageReferralForm form,
        [FromServices] IValidator<TriageReferralForm> validator,
        [FromServices] TriageReferralHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(referralId, f, User, ct),
            new("Referrals.Triage.Done",
                Done: _ => ToReferral(referralId),
                Again: r => ReferralPageAsync(referralId, new(Triage: form, Conflict: r is { IsConflict: true }), ct),
                Prefix: FormPrefix), ct);

    /// <summary>
    /// The coordinator searches for an existing person before opening a case. A POST, so that names
    /// never travel in an address (and so in no access log); the search is audited, its terms are not.
    /// Its answer is the referral page with the matches, not a redirect that would have to carry the terms.
    /// </summary>
    [HttpPost("Referrals/FindPerson/{referralId:guid}")]
    public Task<IActionResult> FindPerson(
        Guid referralId,
        [Bind(Prefix = SearchPrefix)] PersonSearchForm form,
        [FromServices] IValidator<PersonSearchForm> validator,
        [FromServices] PersonSearchHandler handler,
        CancellationToken ct)
    {
        IActionResult? page = null;
        return post.EndAsync(this, form, validator,
            async f =>
            {
                var searched = await handler.HandleAsync(referralId, User, ct);
                page = searched.Succeeded ? await ReferralPageAsync(referralId, new(Search: f), ct) : null;
                return searched;
            },
            new("Referrals.PersonSearch.Recorded",
                Done: _ => page!,
                Again: _ => ReferralPageAsync(referralId, new(Search: form), ct),
                Prefix: SearchPrefix), ct);
    }

    private RedirectToActionResult ToReferral(Guid referralId) =>
        RedirectToAction(nameof(ReferralsController.Details), "Referrals", new { referralId });

    /// <summary>The referral page again, with the coordinator's choices kept: that is a view of the referral too, and audited as one.</summary>
    private async Task<IActionResult> ReferralPageAsync(Guid referralId, TriageShownAgain again, CancellationToken ct)
    {
        var model = await details.GetAsync(referralId, User, ct, again);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(Referral), referralId, ct: ct);
        return View(nameof(ReferralsController.Details), model);
    }
}
