namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// Length of stay in the Centre's local calendar days, as bed-days count it: nights spent, so the day of
/// admission counts and the day of exit does not (admitted and gone the same day is 0). Month and year
/// lengths, leap days included, come from the calendar, never from 30-day months.
/// </summary>
public static class ShelterStay
{
    public static int Days(DateOnly admittedOn, DateOnly until) =>
        until < admittedOn ? 0 : until.DayNumber - admittedOn.DayNumber;

    /// <summary>The day of the stay a board shows: the first day is day 1.</summary>
    public static int DayOfStay(DateOnly admittedOn, DateOnly today) => Days(admittedOn, today) + 1;
}
