using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>
/// The case conferences of a year beside the year before: held, cases reached, the sectors that took part, action
/// items done on time. Counts only, never a case: the coordinator and management read them.
/// </summary>
[Authorize(Policy = Policies.CentreStatisticsReaders)]
public sealed class ConferenceStatisticsController(ConferenceFiguresQuery query, IValidator<ConferenceStatisticsFilter> validator, CentreClock clock) : Controller
{
    [HttpGet("Conferences/Statistics")]
    public async Task<IActionResult> Index(ConferenceStatisticsFilter filter, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(filter, ct);
        ModelState.Clear();
        ModelState.AddErrors(validation);

        // A refused year shows this year beside the message, with what was typed left in the field.
        var year = validation.IsValid && ConferenceStatisticsFilterValidator.TryParse(filter.Year, out var typed) ? typed : clock.Today.Year;
        return View(new ConferenceStatisticsPage(filter, await query.GetAsync(year, ct), await query.GetAsync(year - 1, ct)));
    }
}
