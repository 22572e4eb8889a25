using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.AccessAlerts;

/// <summary>Alerts of unusual access (a user opening many case files at once): management sees them and marks each reviewed.</summary>
[Authorize(Policy = Policies.AccessAlertReviewers)]
public sealed class AccessAlertsController(FormPost post) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] AccessAlertListQuery query, CancellationToken ct) =>
        View(await query.RunAsync(User.GetUserId(), ct));

    [HttpPost]
    public Task<IActionResult> Review(
        ReviewAccessAlertForm form, [FromServices] IValidator<ReviewAccessAlertForm> validator, [FromServices] ReviewAccessAlertHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct), new("AccessAlerts.Reviewed", Done: _ => RedirectToAction(nameof(Index))), ct);
}
