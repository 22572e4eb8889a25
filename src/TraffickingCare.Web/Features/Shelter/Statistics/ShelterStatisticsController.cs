using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>
/// The shelter's figures for any period: occupancy, bed-days, stays, phases reached, exits by destination. Counts
/// only, never a resident: management reads them, as do shelter staff and the coordinator.
/// </summary>
[Authorize(Policy = Policies.ShelterStatisticsReaders)]
public sealed class ShelterStatisticsController(ShelterFiguresQuery query, IValidator<ShelterStatisticsFilter> validator, CentreClock clock) : Controller
{
    [HttpGet("Shelter/Statistics")]
    public async Task<IActionResult> Index(ShelterStatisticsFilter filter, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(filter, ct);
        ModelState.Clear();
        ModelState.AddErrors(validation);

        // A refused period shows this year so far beside the message, with what was typed left in the fields.
        var (from, to) = validation.IsValid ? Period(filter, clock.Today) : (new DateOnly(clock.Today.Year, 1, 1), clock.Today);
        return View(new ShelterStatisticsPage(filter, await query.GetAsync(from, to, ct)));
    }

    /// <summary>
    /// A missing start is the first of January of the end's year; a missing end is today (or the start, when it
    /// lies ahead); an open period longer than the page shows is cut at its length.
    /// </summary>
    private static (DateOnly From, DateOnly To) Period(ShelterStatisticsFilter filter, DateOnly today)
    {
        DateOnly? typedFrom = CentreClock.TryParseDate(filter.From, out var f) ? f : null;
        DateOnly? typedTo = CentreClock.TryParseDate(filter.To, out var t) ? t : null;
        var from = typedFrom ?? new DateOnly((typedTo ?? today).Year, 1, 1);
        var to = typedTo ?? (from > today ? from : today);
        return (from, to.DayNumber - from.DayNumber < ShelterStatisticsFilter.MaxDays ? to : from.AddDays(ShelterStatisticsFilter.MaxDays - 1));
    }
}
