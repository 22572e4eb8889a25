using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>
/// Awareness events (the World and EU days, tribunes, campaigns, media appearances): caseworkers, coordinators and
/// management read the list; coordinators and management record, correct and remove events.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class AwarenessEventsController(FormPost post) : Controller
{
    private const string FormPrefix = nameof(AwarenessEventFormPage.Form);

    [HttpGet("Activity/Events")]
    public async Task<IActionResult> Index(EventListFilter filter, [FromServices] EventListQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, ct));

    [HttpGet("Activity/Events/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> New([FromServices] AwarenessEventFormQuery query, CancellationToken ct) =>
        View(await query.PageAsync(new AwarenessEventForm(), ct));

    [HttpPost("Activity/Events/New")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public Task<IActionResult> New(
        [Bind(Prefix = FormPrefix)] AwarenessEventForm form, [FromServices] IValidator<AwarenessEventForm> validator, [FromServices] RecordEventHandler handler, [FromServices] AwarenessEventFormQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct),
            new("Activity.EventsPage.Recorded", Done: _ => ToList(), Again: async _ => View(await query.PageAsync(form, ct)), Prefix: FormPrefix), ct);

    [HttpGet("Activity/Events/{eventId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(Guid eventId, [FromServices] AwarenessEventFormQuery query, CancellationToken ct) =>
        await query.SavedAsync(eventId, ct) is { } form ? View(await query.PageAsync(form, ct) with { EventId = eventId }) : NotFound();

    [HttpPost("Activity/Events/{eventId:guid}/Edit")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public async Task<IActionResult> Edit(
        Guid eventId, [Bind(Prefix = FormPrefix)] AwarenessEventForm form, [FromServices] IValidator<AwarenessEventForm> validator, [FromServices] ChangeEventHandler handler, [FromServices] AwarenessEventFormQuery query, CancellationToken ct)
    {
        if (await query.SavedAsync(eventId, ct) is not { } saved)
        {
            return NotFound();
        }

        form.HeldMunicipalityCode = saved.HeldMunicipalityCode;
        form.HeldPartnerIds = saved.HeldPartnerIds;
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(eventId, f, User.GetUserId(), ct),
            new("Activity.EventsPage.Saved", Done: _ => ToList(), Again: async result =>
            {
                // After a conflict the typed values stay and the page takes the event's new version: saving again is a deliberate overwrite.
                if (result is { IsConflict: true })
                {
                    form.Version = saved.Version;
                    ModelState.Remove($"{FormPrefix}.{nameof(AwarenessEventForm.Version)}");
                }

                return View(await query.PageAsync(form, ct) with { EventId = eventId });
            }, Prefix: FormPrefix), ct);
    }

    [HttpPost("Activity/Events/{eventId:guid}/Remove")]
    [Authorize(Policy = Policies.ActivityRecorders)]
    public Task<IActionResult> Remove(Guid eventId, int version, [FromServices] RemoveEventHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(eventId, version, User.GetUserId(), ct), new("Activity.EventsPage.Removed", Done: _ => ToList()));

    private RedirectToActionResult ToList() => RedirectToAction(nameof(Index));
}
