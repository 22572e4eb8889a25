using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The case file: the list, the page, and its status. Which cases a user reaches is decided by <see cref="CaseAccess"/> alone.</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class CasesController(FormPost post, CasePage casePage) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CaseListFilter filter, [FromServices] CaseListQuery query, CancellationToken ct)
    {
        ModelState.ForgetMalformedFilterValues();
        return View(await query.GetAsync(filter, User, ct));
    }

    [HttpGet("Cases/Details/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Details(Guid caseId, [FromServices] CaseDetailsQuery query, CancellationToken ct) =>
        await query.GetAsync(caseId, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Cases/Move/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Move(Guid caseId, MoveCaseForm form, [FromServices] MoveCaseHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, null, f => handler.HandleAsync(caseId, f, User, ct), casePage.End(this, caseId, "Cases.Move.Done", ct), ct);

    [HttpGet("Cases/Close/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Close(Guid caseId, [FromServices] CloseCaseQuery query, CancellationToken ct) =>
        await query.PageAsync(caseId, User, ct) switch
        {
            null => NotFound(),
            { IsClosed: true } => CasePage.Show(caseId),
            var page => View(page),
        };

    // Done: back to the case. Refused: the closing page again with what was typed and the case's status as it is now.
    // After a conflict the page carries the current version (a close refused as stale is made again only from the case
    // as it is now); after any other refusal the version posted, so that a change made meanwhile is still caught.
    [HttpPost("Cases/Close/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public Task<IActionResult> Close(
        Guid caseId, [Bind(Prefix = nameof(CloseCasePage.CloseForm))] CloseCaseForm form, [FromServices] IValidator<CloseCaseForm> validator, [FromServices] CloseCaseHandler handler,
        [FromServices] CloseCaseQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new("Cases.Close.Done",
            Done: _ => CasePage.Show(caseId),
            Again: async result =>
            {
                if (result is { IsConflict: true })
                {
                    ModelState.Remove($"{nameof(CloseCasePage.CloseForm)}.{nameof(CloseCaseForm.Version)}");
                }

                return await query.PageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();
            },
            Prefix: nameof(CloseCasePage.CloseForm)), ct);

    [HttpPost("Cases/Reopen/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Reopen(Guid caseId, MoveCaseForm form, [FromServices] ReopenCaseHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, null, f => handler.HandleAsync(caseId, f, User, ct), casePage.End(this, caseId, "Cases.Reopen.Done", ct), ct);
}
