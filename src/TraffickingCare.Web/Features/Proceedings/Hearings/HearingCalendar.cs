using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

public enum CalendarView
{
    Week,
    Month,
}

/// <summary>The hearings of one week or month (local dates, <see cref="Start"/> inclusive, <see cref="End"/> exclusive).</summary>
public sealed record HearingCalendar(CalendarView View, DateOnly Start, DateOnly End, IReadOnlyList<CalendarRow> Rows, bool Truncated)
{
    public DateOnly Previous => View == CalendarView.Week ? Start.AddDays(-7) : Start.AddMonths(-1);

    public DateOnly Next => End;

    /// <summary>The first day of the period that holds <paramref name="day"/>: Monday of its week, or the first of its month.</summary>
    public static DateOnly StartOf(CalendarView view, DateOnly day) =>
        view == CalendarView.Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : new DateOnly(day.Year, day.Month, 1);

    public static DateOnly EndOf(CalendarView view, DateOnly start) => view == CalendarView.Week ? start.AddDays(7) : start.AddMonths(1);
}

/// <summary>A hearing in the calendar: the case by its code only, never the person's name.</summary>
public sealed record CalendarRow(Guid HearingId, string CaseCode, DateTime StartsAtUtc, string CourtName, HearingKind Kind, string? EscortName, bool PsychologicalSupport);
