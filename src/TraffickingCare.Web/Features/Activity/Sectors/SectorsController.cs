using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>
/// Referral quality by sector: beside the people each sector had trained, the referrals its institutions sent, how many
/// became cases and ended in an identification, and how long the decision took. Counts only, never a person.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class SectorsController(SectorFiguresQuery query, CodeListOptionsQuery codeLists, IValidator<SectorsFilter> validator, CentreClock clock) : Controller
{
    [HttpGet("Activity/Sectors")]
    public async Task<IActionResult> Index(SectorsFilter filter, CancellationToken ct)
    {
        var lists = await codeLists.GetManyAsync([("Municipality", []), ("TrainingSector", []), ("ReferrerSector", [])], ct);
        filter.Municipalities = lists["Municipality"];
        var validation = await validator.ValidateAsync(filter, ct);
        ModelState.Clear();
        ModelState.AddErrors(validation);

        // A refused filter shows this year so far, for the whole country, with what was typed left in the fields.
        var today = clock.Today;
        var (from, to, municipality) = validation.IsValid
            ? Period(filter, today)
            : (new DateOnly(today.Year, 1, 1), today, null);
        return View(new SectorsPage(filter, await query.GetAsync(from, to, municipality, ct), lists["TrainingSector"], lists["ReferrerSector"]));
    }

    /// <summary>A missing start is the first of January of the end's year; a missing end is today (or the start, when it lies ahead).</summary>
    private static (DateOnly From, DateOnly To, string? Municipality) Period(SectorsFilter filter, DateOnly today)
    {
        DateOnly? typedFrom = CentreClock.TryParseDate(filter.From, out var f) ? f : null;
        DateOnly? typedTo = CentreClock.TryParseDate(filter.To, out var t) ? t : null;
        var from = typedFrom ?? new DateOnly((typedTo ?? today).Year, 1, 1);
        var to = typedTo ?? (from > today ? from : today);
        return (from, to < from.AddYears(SectorsFilter.MaxYears) ? to : from.AddYears(SectorsFilter.MaxYears).AddDays(-1),
            string.IsNullOrWhiteSpace(filter.Municipality) ? null : filter.Municipality);
    }
}
