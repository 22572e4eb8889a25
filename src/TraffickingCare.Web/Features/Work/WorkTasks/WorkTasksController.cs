using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>Tasks: set from "Moj rad" or from a case, marked done, reopened, deleted.</summary>
[Authorize(Roles = WorkRoles.Authorize)]
public sealed class WorkTasksController(FormPost post) : Controller
{
    [HttpGet("Cases/{caseId:guid}/Tasks")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Case(Guid caseId, [FromServices] CaseTasksQuery query, CancellationToken ct) =>
        await query.PageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Tasks")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> AddForCase(
        Guid caseId, [Bind(Prefix = "Form")] WorkTaskForm form, [FromServices] IValidator<WorkTaskForm> validator, [FromServices] AddWorkTaskHandler handler,
        [FromServices] CaseTasksQuery query, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        form.CaseCode = null;
        return post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Work.Task.Added", Done: _ => RedirectToAction("Details", "Cases", new { caseId }), Prefix: "Form", Again: async _ =>
            {
                if (await query.PageAsync(caseId, User, ct) is not { } page)
                {
                    return NotFound();
                }

                await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);
                return View(nameof(Case), page with { Form = form });
            }), ct);
    }

    [HttpPost("WorkTasks/Add")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Add(
        [Bind(Prefix = "Form")] WorkTaskForm form, [FromServices] IValidator<WorkTaskForm> validator, [FromServices] AddWorkTaskHandler handler,
        [FromServices] WorkPageQuery page, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(null, f, User, ct),
            new("Work.Task.Added", Done: _ => RedirectToAction("Index", "Work"), Prefix: "Form",
                Again: async _ => View("Index", await page.GetAsync(User, null, null, 1, ct, assignee: form.AssigneeId) with { Form = form })), ct);

    [HttpPost("WorkTasks/Done/{taskId:guid}")]
    public Task<IActionResult> Done(Guid taskId, int version, string? returnUrl, [FromServices] MarkTaskDoneHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(taskId, version, User, ct), Back("Work.Task.Done", returnUrl));

    [HttpPost("WorkTasks/Reopen/{taskId:guid}")]
    public Task<IActionResult> Reopen(Guid taskId, int version, string? returnUrl, [FromServices] ReopenTaskHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(taskId, version, User, ct), Back("Work.Task.Reopened", returnUrl));

    [HttpPost("WorkTasks/Delete/{taskId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Delete(Guid taskId, int version, string? returnUrl, [FromServices] DeleteTaskHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(taskId, version, User, ct), Back("Work.Task.Deleted", returnUrl));

    /// <summary>A button goes back to the page it was on ("Moj rad", filtered or not, or the case), never off the site.</summary>
    private PostEnd Back(string doneKey, string? returnUrl) =>
        new(doneKey, Done: _ => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Work"));
}
