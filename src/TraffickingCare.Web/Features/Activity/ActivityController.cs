using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>
/// The Centre's activity beyond casework: trainings given, awareness events, local anti-trafficking teams, and the
/// referrals each trained sector sent. The entrance shows what the annual report counts of it, a year beside the year
/// before. No victim appears anywhere in it.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class ActivityController(ActivityFiguresQuery query, CodeListOptionsQuery codeLists, IValidator<ActivityFilter> validator, CentreClock clock) : Controller
{
    [HttpGet("Activity")]
    public async Task<IActionResult> Index(ActivityFilter filter, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(filter, ct);
        ModelState.Clear();
        ModelState.AddErrors(validation);

        // A refused year shows this year beside the message, with what was typed left in the field.
        var year = validation.IsValid && ActivityFilterValidator.TryParse(filter.Year, out var typed) ? typed : clock.Today.Year;
        return View(new ActivityPage(
            filter, await query.GetAsync(year, ct), await query.GetAsync(year - 1, ct), await codeLists.GetAsync("TrainingSector", ct: ct)));
    }
}
