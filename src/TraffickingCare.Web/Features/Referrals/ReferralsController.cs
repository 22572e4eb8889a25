using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The register, the log form and a referral's page; the coordinator's triage is in <see cref="Triage.TriageController"/>.</summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class ReferralsController(FormPost post) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet]
    public async Task<IActionResult> Index(
        ReferralRegisterFilter filter, [FromServices] IValidator<ReferralRegisterFilter> validator, [FromServices] ReferralRegisterQuery query, CancellationToken ct)
    {
        ModelState.ForgetMalformedFilterValues();
        ModelState.AddErrors(await validator.ValidateAsync(filter, ct));
        return View(await query.GetAsync(filter, User, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Log([FromServices] LogReferralPageQuery page, CancellationToken ct) =>
        View(await page.GetAsync(page.NewForm(), ct));

    [HttpPost]
    public Task<IActionResult> Log(
        [Bind(Prefix = FormPrefix)] LogReferralForm form,
        [FromServices] IValidator<LogReferralForm> validator,
        [FromServices] LogReferralHandler handler,
        [FromServices] LogReferralPageQuery page,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct),
            new("Referrals.Logged",
                Done: r => RedirectToAction(nameof(Details), new { referralId = r.Id }),
                Again: async _ => View(await page.GetAsync(form, ct)),
                Prefix: FormPrefix), ct);

    [HttpGet("Referrals/Details/{referralId:guid}")]
    [AuditView(nameof(Referral), "referralId")]
    public async Task<IActionResult> Details(Guid referralId, [FromQuery] string? caseworkerFind, [FromServices] ReferralDetailsQuery query, CancellationToken ct)
    {
        var model = await query.GetAsync(referralId, User, ct, caseworkerFind: caseworkerFind);
        return model is null ? NotFound() : View(model);
    }
}
