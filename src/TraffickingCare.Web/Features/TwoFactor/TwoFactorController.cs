using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>The signed-in user's own authenticator and recovery codes.</summary>
public sealed class TwoFactorController(FormPost post, TwoFactorStatusQuery status) : Controller
{
    [HttpGet]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Index() => View(await status.GetAsync(User));

    [HttpGet]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Enable([FromServices] TwoFactorEnrolmentQuery enrolment) =>
        (await status.GetAsync(User)).Enabled ? RedirectToAction(nameof(Index)) : View(await enrolment.GetAsync(User));

    /// <summary>Done: the recovery codes are shown straight from this POST (not after a redirect): they are stored only as hashes.</summary>
    [HttpPost]
    [AllowWithoutTwoFactor]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> Enable(
        EnableTwoFactorForm form, [FromServices] IValidator<EnableTwoFactorForm> validator, [FromServices] EnableTwoFactorHandler handler,
        [FromServices] TwoFactorEnrolmentQuery enrolment, CancellationToken ct)
    {
        if ((await status.GetAsync(User)).Enabled)
        {
            return RedirectToAction(nameof(Index));
        }

        IReadOnlyList<string> codes = [];
        return await post.EndAsync(this, form, validator, async f =>
            {
                (var result, codes) = await handler.HandleAsync(User, f);
                return result;
            },
            new("TwoFactor.Enable.Done",
                Done: _ => View("RecoveryCodes", new RecoveryCodesViewModel(codes)),
                Again: async _ =>
                {
                    ModelState.SetModelValue(nameof(form.Code), null, null);
                    return View(await enrolment.GetAsync(User));
                }), ct);
    }

    /// <summary>Like enrolment, answers with the codes themselves: they are shown once and never again.</summary>
    [HttpPost]
    public async Task<IActionResult> GenerateRecoveryCodes([FromServices] GenerateRecoveryCodesHandler handler) =>
        await handler.HandleAsync(User) is { } codes ? View("RecoveryCodes", new RecoveryCodesViewModel(codes)) : RedirectToAction(nameof(Enable));

    [HttpPost]
    public Task<IActionResult> Disable([FromServices] DisableTwoFactorHandler handler) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(User), new("TwoFactor.Disable.Done", Done: _ => RedirectToAction(nameof(Index))));
}
