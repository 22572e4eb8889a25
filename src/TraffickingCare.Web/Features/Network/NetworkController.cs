using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// A case's support network (mreža podrške): the team adds actors, corrects them, records contacts by hand and ends
/// an actor's part; management reads it. Every route names the case, reached only through the case access rule.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class NetworkController(FormPost post, NetworkPages pages) : Controller
{
    [HttpGet("Cases/{caseId:guid}/Network")]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Index(Guid caseId, Guid? partnerId, CancellationToken ct) =>
        await pages.IndexAsync(caseId, User, ct) is { } model

            // Back from adding a missing institution to the directory: the new entry is already picked.
            ? View(model with { AddForm = new ActorForm { PartnerId = partnerId } })
            : NotFound();

    [HttpPost("Cases/{caseId:guid}/Network")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), "caseId")]
    public Task<IActionResult> Add(
        Guid caseId, [Bind(Prefix = nameof(NetworkPageModel.AddForm))] ActorForm form, [FromServices] IValidator<ActorForm> validator, [FromServices] AddActorHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Network.Added", Done: _ => Show(caseId), Again: _ => IndexAgainAsync(caseId, form, ct), Prefix: nameof(NetworkPageModel.AddForm)), ct);

    [HttpGet("Cases/{caseId:guid}/Network/{actorId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(NetworkActor), "actorId")]
    public async Task<IActionResult> Edit(Guid caseId, Guid actorId, CancellationToken ct) =>
        await pages.EditAsync(caseId, actorId, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Network/{actorId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(NetworkActor), "actorId")]
    public async Task<IActionResult> Save(
        Guid caseId, Guid actorId, [Bind(Prefix = nameof(ActorEditModel.Form))] ActorForm form, [FromServices] IValidator<ActorForm> validator, [FromServices] EditActorHandler handler, CancellationToken ct)
    {
        form.HeldRoleCode = await pages.HeldRoleAsync(caseId, actorId, ct);
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, actorId, f, User, ct),
            new("Network.Saved", Done: _ => Show(caseId), Again: r => EditAgainAsync(caseId, actorId, r, m => m with { Form = form }, ct), Prefix: nameof(ActorEditModel.Form)), ct);
    }

    [HttpPost("Cases/{caseId:guid}/Network/{actorId:guid}/Contact")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(NetworkActor), "actorId")]
    public Task<IActionResult> Contact(
        Guid caseId, Guid actorId, [Bind(Prefix = nameof(ActorEditModel.ContactForm))] ActorDayForm form, [FromServices] IValidator<ActorDayForm> validator, [FromServices] RecordContactHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, actorId, f, User, ct),
            new("Network.ContactRecorded", Done: _ => Show(caseId), Again: r => EditAgainAsync(caseId, actorId, r, m => m with { ContactForm = form }, ct), Prefix: nameof(ActorEditModel.ContactForm)), ct);

    [HttpPost("Cases/{caseId:guid}/Network/{actorId:guid}/End")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(NetworkActor), "actorId")]
    public Task<IActionResult> End(
        Guid caseId, Guid actorId, [Bind(Prefix = nameof(ActorEditModel.EndForm))] ActorDayForm form, [FromServices] IValidator<ActorDayForm> validator, [FromServices] EndActorHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, actorId, f, User, ct),
            new("Network.Ended", Done: _ => Show(caseId), Again: r => EditAgainAsync(caseId, actorId, r, m => m with { EndForm = form }, ct), Prefix: nameof(ActorEditModel.EndForm)), ct);

    private static RedirectToActionResult Show(Guid caseId) => new(nameof(Index), "Network", new { caseId });

    private async Task<IActionResult> IndexAgainAsync(Guid caseId, ActorForm typed, CancellationToken ct) =>
        await pages.IndexAsync(caseId, User, ct) is { } model ? View(nameof(Index), model with { AddForm = typed }) : NotFound();

    /// <summary>
    /// The actor's page again with what was typed. After a conflict it carries the actor's version now: the user sees
    /// the message, and a second save is made from the record as it is now. After any other refusal the typed form
    /// keeps the version it was shown with, so a change made meanwhile is still caught.
    /// </summary>
    private async Task<IActionResult> EditAgainAsync(Guid caseId, Guid actorId, ChangeResult? result, Func<ActorEditModel, ActorEditModel> keepTyped, CancellationToken ct)
    {
        if (await pages.EditAsync(caseId, actorId, User, ct) is not { } model)
        {
            return NotFound();
        }

        var version = model.Form.Version;
        foreach (var prefix in new[] { nameof(ActorEditModel.Form), nameof(ActorEditModel.ContactForm), nameof(ActorEditModel.EndForm) })
        {
            ModelState.Remove($"{prefix}.{nameof(ActorForm.Version)}");
        }

        var page = keepTyped(model);
        if (result is { IsConflict: true })
        {
            page.Form.Version = page.ContactForm.Version = page.EndForm.Version = version;
        }

        return View(nameof(Edit), page);
    }
}
