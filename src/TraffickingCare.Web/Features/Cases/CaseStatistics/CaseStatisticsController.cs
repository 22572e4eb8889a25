using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>
/// The person's non-identifying profile and the exploitation record of a case: edited by the case team
/// and the coordinator (a case out of their reach is not found), read by management on the case page.
/// </summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class CaseStatisticsController(FormPost post, CaseStatisticsQuery query) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("Cases/Profile/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Profile(Guid caseId, CancellationToken ct) =>
        await query.ProfilePageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/Profile/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Profile(
        Guid caseId, [Bind(Prefix = FormPrefix)] CaseProfileForm form, [FromServices] IValidator<CaseProfileForm> validator, [FromServices] SaveCaseProfileHandler handler, CancellationToken ct) =>
        await SaveAsync(caseId, form, await query.ProfilePageAsync(caseId, User, ct), validator, f => handler.HandleAsync(caseId, f, User, ct), "Cases.Profile.Saved", ct);

    [HttpGet("Cases/Exploitation/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Exploitation(Guid caseId, CancellationToken ct) =>
        await query.ExploitationPageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/Exploitation/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Exploitation(
        Guid caseId, [Bind(Prefix = FormPrefix)] CaseExploitationForm form, [FromServices] IValidator<CaseExploitationForm> validator, [FromServices] SaveCaseExploitationHandler handler, CancellationToken ct) =>
        await SaveAsync(caseId, form, await query.ExploitationPageAsync(caseId, User, ct), validator, f => handler.HandleAsync(caseId, f, User, ct), "Cases.Exploitation.Saved", ct);

    // Done: back to the case (Post/Redirect/Get). Refused: the same form with everything typed. After a
    // conflict the page also shows what is saved now and carries the current version, so that saving
    // again is a deliberate overwrite by someone who has seen the other change.
    private async Task<IActionResult> SaveAsync<TForm>(
        Guid caseId, TForm form, CaseStatisticsPage<TForm>? page, IValidator<TForm> validator, Func<TForm, Task<ChangeResult>> save, string doneKey, CancellationToken ct)
        where TForm : CaseStatisticsForm
    {
        if (page is null)
        {
            return NotFound();
        }

        form.Held = page.Form.Held;
        return await post.EndAsync(this, form, validator, save, new(doneKey,
            Done: _ => CasePage.Show(caseId),
            Again: async result =>
            {
                var shown = page with { Form = form };
                if (result is { IsConflict: true })
                {
                    form.Version = page.Form.Version;
                    ModelState.Remove($"{FormPrefix}.{nameof(CaseStatisticsForm.Version)}");
                    shown = shown with { Saved = await query.SavedPanelAsync(caseId, User, ct) };
                }

                return View(shown);
            },
            Prefix: FormPrefix), ct);
    }
}
