namespace TraffickingCare.Domain.Support;

/// <summary>When the team last met an actor, and when that contact has gone stale.</summary>
public static class NetworkContact
{
    /// <summary>The later of the contact entered by hand and the one derived from services, visits and conferences.</summary>
    public static DateOnly? Last(DateOnly? entered, DateOnly? derived) =>
        entered is { } e && derived is { } d ? (e > d ? e : d) : entered ?? derived;

    /// <summary>
    /// Stale: no contact at all, or the last one more than <paramref name="staleDays"/> days before today
    /// (a contact exactly <paramref name="staleDays"/> days ago is still fresh).
    /// </summary>
    public static bool IsStale(DateOnly? last, DateOnly today, int staleDays) =>
        last is not { } on || on.DayNumber < today.DayNumber - staleDays;

    /// <summary>The first day a contact made on <paramref name="last"/> counts as stale.</summary>
    public static DateOnly StaleFrom(DateOnly last, int staleDays) => last.AddDays(staleDays + 1);
}
