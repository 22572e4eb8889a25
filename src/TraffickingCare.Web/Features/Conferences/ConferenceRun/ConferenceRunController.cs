using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>
/// Running a conference: the run page (attendance, notes per agenda item, conclusions, decisions), its draft saved
/// as people type, closing it (which locks the minutes) and, after that, addenda below the minutes.
/// </summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class ConferenceRunController(FormPost post, ConferenceRunPageQuery query, IStringLocalizer<SharedResource> l) : Controller
{
    public const string FormPrefix = nameof(ConferenceRunPage.Form);
    private const string AddendumPrefix = nameof(ConferencePage.AddendumForm);

    [HttpGet("Conferences/{conferenceId:guid}/Run")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Run(Guid conferenceId, CancellationToken ct) => await query.GetAsync(conferenceId, User, ct) switch
    {
        null => NotFound(),
        { Conference.Status: not ConferenceStatus.Scheduled } => Show(conferenceId),
        var page => View(page),
    };

    [HttpPost("Conferences/{conferenceId:guid}/Run")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public Task<IActionResult> Run(
        Guid conferenceId, [Bind(Prefix = FormPrefix)] ConferenceRunForm form, [FromServices] IValidator<ConferenceRunForm> validator, [FromServices] RecordConferenceHandler handler, CancellationToken ct) =>
        EndAsync(conferenceId, form, validator, f => handler.HandleAsync(conferenceId, f, User, ct), "Conferences.Run.Saved", _ => RunPage(conferenceId), ct);

    /// <summary>
    /// The draft conference-draft.js posts a moment after typing stops and when the page is left: the same form and
    /// handler as Save, answered in JSON for the script (the new version, or the reason in the user's language).
    /// </summary>
    [HttpPost("Conferences/{conferenceId:guid}/Run/Draft")]
    public async Task<IActionResult> Draft(
        Guid conferenceId,
        [Bind(Prefix = FormPrefix)] ConferenceRunForm form,
        [FromServices] IValidator<ConferenceRunForm> validator,
        [FromServices] RecordConferenceHandler handler,
        [FromServices] CentreClock clock,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return BadRequest(new ConferenceDraftAnswer(null, validation.Errors[0].ErrorMessage));
        }

        var result = await handler.HandleAsync(conferenceId, form, User, ct);
        return result switch
        {
            { Found: false } => NotFound(),
            { IsConflict: true } => Conflict(new ConferenceDraftAnswer(null, l["Conferences.Run.DraftConflict"])),
            { Succeeded: false } => UnprocessableEntity(new ConferenceDraftAnswer(null, l[result.ErrorKey!])),
            _ => Ok(new ConferenceDraftAnswer(result.Version, l["Conferences.Run.DraftSaved", CentreClock.FormatTime(clock.LocalNow)])),
        };
    }

    /// <summary>Saves the page as it stands and closes the conference; a refusal (not started, attendance missing) shows the run page again with everything typed.</summary>
    [HttpPost("Conferences/{conferenceId:guid}/Close")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public Task<IActionResult> Close(
        Guid conferenceId, [Bind(Prefix = FormPrefix)] ConferenceRunForm form, [FromServices] IValidator<ConferenceRunForm> validator, [FromServices] CloseConferenceHandler handler, CancellationToken ct) =>
        EndAsync(conferenceId, form, validator, f => handler.HandleAsync(conferenceId, f, User, ct), "Conferences.Run.Closed", _ => Show(conferenceId), ct);

    [HttpPost("Conferences/{conferenceId:guid}/Addenda")]
    [AuditView(nameof(CaseConference), "conferenceId")]
    public async Task<IActionResult> Addenda(
        Guid conferenceId,
        [Bind(Prefix = AddendumPrefix)] ConferenceAddendumForm form,
        [FromServices] IValidator<ConferenceAddendumForm> validator,
        [FromServices] AddAddendumHandler handler,
        [FromServices] ConferencePageQuery pages,
        CancellationToken ct)
    {
        if (await pages.GetAsync(conferenceId, User, ct) is not { ShowsTexts: true } page)
        {
            return NotFound();
        }

        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(conferenceId, f, User, ct),
            new("Conferences.Addenda.Added",
                Done: _ => Show(conferenceId),
                Again: _ => Task.FromResult<IActionResult>(View("Conference", page with { AddendumForm = form })),
                Prefix: AddendumPrefix), ct);
    }

    public static RedirectToActionResult RunPage(Guid conferenceId) => new(nameof(Run), "ConferenceRun", new { conferenceId });

    private static RedirectToActionResult Show(Guid conferenceId) => new(nameof(ConferencesController.Conference), "Conferences", new { conferenceId });

    /// <summary>
    /// A post from a run page whose minutes were locked meanwhile loses nothing typed. Closed, the <paramref name="unsaved"/>
    /// text waits in the conference page's addendum form, added only if the user adds it; cancelled,
    /// <paramref name="runPageAgain"/> shows it again with the reason. With nothing typed, the reason is flashed on the
    /// conference page. Only the message that says where the text went is shown: the refusal's own would repeat it.
    /// </summary>
    internal static IActionResult LockedMeanwhile(
        Controller controller, ConferencePage conference, string? unsaved, Func<ViewResult> runPageAgain, IStringLocalizer<SharedResource> l)
    {
        if (unsaved is null)
        {
            controller.TempData.FlashError(l[conference.Status == ConferenceStatus.Cancelled ? "Conferences.Errors.Cancelled" : "Conferences.Errors.Closed"]);
            return Show(conference.Id);
        }

        controller.ModelState.Clear();
        if (conference.Status == ConferenceStatus.Closed)
        {
            controller.TempData.FlashError(l["Conferences.Errors.ClosedMeanwhile"]);
            return controller.View(nameof(ConferencesController.Conference), conference with { AddendumForm = new() { Text = unsaved } });
        }

        controller.ModelState.AddModelError(string.Empty, l["Conferences.Errors.CancelledMeanwhile"]);
        return runPageAgain();
    }

    private async Task<IActionResult> EndAsync(
        Guid conferenceId, ConferenceRunForm form, IValidator<ConferenceRunForm> validator, Func<ConferenceRunForm, Task<ChangeResult>> change, string doneKey, Func<ChangeResult, IActionResult> done, CancellationToken ct)
    {
        var page = await query.GetAsync(conferenceId, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        if (page.Conference.Status != ConferenceStatus.Scheduled)
        {
            // Locked minutes are not saved over: what the minutes do not hold is kept instead.
            var unsaved = form.NotIn(page.Conference, l["Conferences.Conclusions"], l["Conferences.Run.Decisions"]);
            return LockedMeanwhile(this, page.Conference, unsaved, () => RunAgain(page, form), l);
        }

        return await post.EndAsync(this, form, validator, change,
            new(doneKey,
                Done: done,
                Again: result =>
                {
                    if (result is { IsConflict: true })
                    {
                        // The page now carries the current version: what was typed stays, and a second Save is a decision taken knowingly.
                        form.Version = page.Form.Version;
                        ModelState.Remove($"{FormPrefix}.{nameof(ConferenceRunForm.Version)}");
                    }

                    return Task.FromResult<IActionResult>(RunAgain(page, form));
                },
                Prefix: FormPrefix), ct);
    }

    /// <summary>
    /// The run page again with what was typed. Its rows are the conference's as it is now, each with what was posted for
    /// its own id (<see cref="ConferenceRunForm.AlignedTo"/>) and its own errors: someone taken off the invitation or an
    /// agenda line removed meanwhile shifts the rows, so their fields show those values and messages, not the ones posted
    /// at the same position.
    /// </summary>
    private ViewResult RunAgain(ConferenceRunPage page, ConferenceRunForm form)
    {
        var aligned = form.AlignedTo(page.Conference);
        ModelState.MoveRows($"{FormPrefix}.{nameof(ConferenceRunForm.Participants)}", [.. form.Participants.Select(p => p.Id)], [.. aligned.Participants.Select(p => p.Id)]);
        ModelState.MoveRows($"{FormPrefix}.{nameof(ConferenceRunForm.Notes)}", [.. form.Notes.Select(n => n.Id)], [.. aligned.Notes.Select(n => n.Id)]);
        return View(nameof(Run), page with { Form = aligned });
    }
}
