using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>The action items of a running conference, each change its own small form on the run page.</summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class ConferenceActionItemsController(FormPost post, IStringLocalizer<SharedResource> l) : Controller
{
    private const string Prefix = nameof(ConferenceRunPage.NewItem);

    [HttpPost("Conferences/{conferenceId:guid}/ActionItems")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Add(
        Guid conferenceId,
        [Bind(Prefix = Prefix)] ConferenceActionItemForm form,
        [FromServices] IValidator<ConferenceActionItemForm> validator,
        [FromServices] AddActionItemHandler handler,
        [FromServices] ConferenceRunPageQuery query,
        CancellationToken ct)
    {
        var page = await query.GetAsync(conferenceId, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(conferenceId, f, User, ct),
            new("Conferences.ActionItems.Added",
                Done: _ => ConferenceRunController.RunPage(conferenceId),
                Again: _ => Task.FromResult(Again(page, form)),
                Prefix: Prefix), ct);
    }

    /// <summary>
    /// A refused item loses nothing typed: while the conference runs, the run page shows it again with the reasons; on
    /// minutes locked meanwhile it is kept as the run page's text is (<see cref="ConferenceRunController.LockedMeanwhile"/>).
    /// </summary>
    private IActionResult Again(ConferenceRunPage page, ConferenceActionItemForm form) =>
        page.Conference.Status == ConferenceStatus.Scheduled
            ? View("Run", page with { NewItem = form })
            : ConferenceRunController.LockedMeanwhile(this, page.Conference, form.AsAddendum(page.Staff, l), () => View("Run", page with { NewItem = form }), l);

    [HttpPost("Conferences/{conferenceId:guid}/ActionItems/{itemId:guid}/Remove")]
    public Task<IActionResult> Remove(Guid conferenceId, Guid itemId, [FromServices] RemoveActionItemHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(conferenceId, itemId, User, ct),
            new("Conferences.ActionItems.Removed", Done: _ => ConferenceRunController.RunPage(conferenceId)));

    [HttpPost("Conferences/{conferenceId:guid}/ActionItems/{itemId:guid}/Settle")]
    public Task<IActionResult> Settle(Guid conferenceId, Guid itemId, ActionItemStatus? status, int version, [FromServices] SettleActionItemHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(conferenceId, itemId, status, version, User, ct),
            new("Conferences.ActionItems.Settled", Done: _ => ConferenceRunController.RunPage(conferenceId)));
}
