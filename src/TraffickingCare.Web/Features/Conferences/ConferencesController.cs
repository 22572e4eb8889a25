using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// Case conferences: the calendar across the cases a user may see (<c>/Conferences</c>), scheduling one from the case
/// page, one conference's page, rescheduling it while it is not yet held, and calling it off.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class ConferencesController(FormPost post) : Controller
{
    private const string FormPrefix = nameof(ConferenceFormPage.Form);

    [HttpGet("Conferences")]
    public async Task<IActionResult> Index(string? view, string? from, [FromServices] ConferenceCalendarQuery query, CancellationToken ct)
    {
        var monthly = string.Equals(view, "month", StringComparison.OrdinalIgnoreCase);
        DateOnly? day = CentreClock.TryParseDate(from, out var parsed) ? parsed : null;
        return View(await query.GetAsync(User, monthly, day, ct));
    }

    /// <summary>The scheduling page shows the case's team and its network's people: a view of the case, audited as one.</summary>
    [HttpGet("Cases/{caseId:guid}/Conferences/Schedule")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Schedule(Guid caseId, [FromServices] ConferenceOptionsQuery query, CancellationToken ct) =>
        await query.NewAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Conferences/Schedule")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Schedule(
        Guid caseId,
        [Bind(Prefix = FormPrefix)] ConferenceForm form,
        [FromServices] IValidator<ConferenceForm> validator,
        [FromServices] ScheduleConferenceHandler handler,
        [FromServices] ConferenceOptionsQuery query,
        CancellationToken ct)
    {
        var page = await query.NewAsync(caseId, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Conferences.Scheduled",
                Done: result => Show(result.Id!.Value),
                Again: _ => Task.FromResult<IActionResult>(View(page with { Form = form.Padded() })),
                Prefix: FormPrefix), ct);
    }

    [HttpGet("Conferences/{conferenceId:guid}")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Conference(Guid conferenceId, [FromServices] ConferencePageQuery query, CancellationToken ct) =>
        await query.GetAsync(conferenceId, User, ct) is { } page ? View(page) : NotFound();

    [HttpGet("Conferences/{conferenceId:guid}/Edit")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Edit(Guid conferenceId, [FromServices] ConferencePageQuery query, CancellationToken ct) =>
        await query.EditAsync(conferenceId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Conferences/{conferenceId:guid}/Edit")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Edit(
        Guid conferenceId,
        [Bind(Prefix = FormPrefix)] ConferenceForm form,
        [FromServices] IValidator<ConferenceForm> validator,
        [FromServices] RescheduleConferenceHandler handler,
        [FromServices] ConferencePageQuery query,
        CancellationToken ct)
    {
        var page = await query.EditAsync(conferenceId, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(conferenceId, f, User, ct),
            new("Conferences.Rescheduled",
                Done: _ => Show(conferenceId),
                Again: result =>
                {
                    if (result is { IsConflict: true })
                    {
                        form.Version = page.Form.Version;
                        ModelState.Remove($"{FormPrefix}.{nameof(ConferenceForm.Version)}");
                    }

                    return Task.FromResult<IActionResult>(View(page with { Form = form.Padded() }));
                },
                Prefix: FormPrefix), ct);
    }

    [HttpPost("Conferences/{conferenceId:guid}/Cancel")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Cancel(Guid conferenceId, int version, [FromServices] CancelConferenceHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(conferenceId, version, User, ct), new("Conferences.Cancelled", Done: _ => Show(conferenceId)));

    private static RedirectToActionResult Show(Guid conferenceId) =>
        new(nameof(Conference), "Conferences", new { conferenceId });
}
