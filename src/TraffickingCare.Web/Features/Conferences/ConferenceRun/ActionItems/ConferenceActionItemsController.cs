using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>The action items of a running conference, each change its own small form on the run page.</summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class ConferenceActionItemsController(FormPost post) : Controller
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
                // Locked minutes take no new item: the refusal is flashed on the page the run page leads to.
                Again: page.Conference.Status == ConferenceStatus.Scheduled ? _ => Task.FromResult<IActionResult>(View("Run", page with { NewItem = form })) : null,
                Prefix: Prefix), ct);
    }

    [HttpPost("Conferences/{conferenceId:guid}/ActionItems/{itemId:guid}/Remove")]
    public Task<IActionResult> Remove(Guid conferenceId, Guid itemId, [FromServices] RemoveActionItemHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(conferenceId, itemId, User, ct),
            new("Conferences.ActionItems.Removed", Done: _ => ConferenceRunController.RunPage(conferenceId)));

    [HttpPost("Conferences/{conferenceId:guid}/ActionItems/{itemId:guid}/Settle")]
    public Task<IActionResult> Settle(Guid conferenceId, Guid itemId, ActionItemStatus? status, int version, [FromServices] SettleActionItemHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(conferenceId, itemId, status, version, User, ct),
            new("Conferences.ActionItems.Settled", Done: _ => ConferenceRunController.RunPage(conferenceId)));
}
