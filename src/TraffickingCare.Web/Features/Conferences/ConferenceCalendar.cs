using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>The conferences of one week or month (local dates, <see cref="Start"/> inclusive, <see cref="End"/> exclusive).</summary>
public sealed record ConferenceCalendar(bool Monthly, DateOnly Start, DateOnly End, IReadOnlyList<ConferenceCalendarRow> Rows, bool Truncated)
{
    public DateOnly Previous => Monthly ? Start.AddMonths(-1) : Start.AddDays(-7);

    public DateOnly Next => End;

    /// <summary>The first day of the period that holds <paramref name="day"/>: Monday of its week, or the first of its month.</summary>
    public static DateOnly StartOf(bool monthly, DateOnly day) =>
        monthly ? new DateOnly(day.Year, day.Month, 1) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly EndOf(bool monthly, DateOnly start) => monthly ? start.AddMonths(1) : start.AddDays(7);
}

/// <summary>A conference in the calendar: the case by its code only, never the person's name.</summary>
public sealed record ConferenceCalendarRow(Guid ConferenceId, Guid CaseId, string CaseCode, DateTime StartsAtUtc, ConferencePlace Place, string? PlaceName, ConferenceStatus Status);
