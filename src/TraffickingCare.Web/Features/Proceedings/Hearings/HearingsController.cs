using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// Hearings: the calendar across the cases a user may see (<c>/Hearings</c>), scheduling one on a proceeding's page,
/// and one hearing's page where its plan is changed and its outcome recorded after it took place.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class HearingsController(FormPost post) : Controller
{
    private const string FormPrefix = nameof(HearingPage.Form);

    [HttpGet("Hearings")]
    public async Task<IActionResult> Index(string? view, string? from, [FromServices] HearingCalendarQuery query, CancellationToken ct)
    {
        var period = string.Equals(view, "month", StringComparison.OrdinalIgnoreCase) ? CalendarView.Month : CalendarView.Week;
        DateOnly? day = CentreClock.TryParseDate(from, out var parsed) ? parsed : null;
        return View(await query.GetAsync(User, period, day, ct));
    }

    [HttpPost("Proceedings/{proceedingId:guid}/Hearings")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(Proceeding), "proceedingId")]
    public Task<IActionResult> Schedule(
        Guid proceedingId,
        [Bind(Prefix = nameof(ProceedingPage.HearingForm))] HearingForm form,
        [FromServices] IValidator<HearingForm> validator,
        [FromServices] ScheduleHearingHandler handler,
        [FromServices] ProceedingPageQuery query,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(proceedingId, f, User, ct),
            new("Proceedings.Hearings.Scheduled",
                Done: _ => ProceedingsController.Show(proceedingId),
                Again: async _ => await query.ProceedingAsync(proceedingId, User, ct) is { } page
                    ? View(nameof(ProceedingsController.Proceeding), page with { HearingForm = form })
                    : NotFound(),
                Prefix: nameof(ProceedingPage.HearingForm)), ct);

    [HttpGet("Hearings/{hearingId:guid}")]
    [AuditView(nameof(Hearing), "hearingId")]
    public async Task<IActionResult> Hearing(Guid hearingId, [FromServices] HearingPageQuery query, CancellationToken ct) =>
        await query.GetAsync(hearingId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Hearings/{hearingId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(Hearing), "hearingId")]
    public async Task<IActionResult> Hearing(
        Guid hearingId,
        [Bind(Prefix = FormPrefix)] HearingForm form,
        [FromServices] IValidator<HearingForm> validator,
        [FromServices] RecordHearingHandler handler,
        [FromServices] HearingPageQuery query,
        CancellationToken ct)
    {
        var page = await query.GetAsync(hearingId, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(hearingId, f, User, ct),
            new("Proceedings.Hearings.Saved",
                Done: _ => ProceedingsController.Show(page.ProceedingId),
                Again: result =>
                {
                    if (result is { IsConflict: true })
                    {
                        form.Version = page.Form.Version;
                        ModelState.Remove($"{FormPrefix}.{nameof(HearingForm.Version)}");
                    }

                    return Task.FromResult<IActionResult>(View(page with { Form = form }));
                },
                Prefix: FormPrefix), ct);
    }
}
