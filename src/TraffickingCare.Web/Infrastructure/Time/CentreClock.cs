using System.Globalization;

namespace TraffickingCare.Web.Infrastructure.Time;

/// <summary>
/// The Centre's wall clock (Europe/Belgrade). Instants are stored in UTC; people type and read local
/// dates and times, and a day, a month or a case year begins at local midnight.
/// </summary>
public sealed class CentreClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    /// <summary>The earliest date anyone types: a date of birth (DateRules narrows each field further).</summary>
    public static readonly DateOnly EarliestTypedDate = new(1900, 1, 1);

    /// <summary>The latest date anyone types: far beyond any follow-up, yet far from DateTime's end.</summary>
    public static readonly DateOnly LatestTypedDate = new(2199, 12, 31);

    private static readonly string[] DateFormats = ["dd.MM.yyyy.", "d.M.yyyy.", "dd.MM.yyyy", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A typed local time as UTC. In the hour that does not exist (clocks forward) the time is read as
    /// standard time; in the hour that happens twice (clocks back) as the first, summer-time occurrence.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly timeOfDay)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>
    /// A typed dd.MM.yyyy. date between <see cref="EarliestTypedDate"/> and <see cref="LatestTypedDate"/>;
    /// anything else is not a date a person here can mean, and is refused like a misspelt one. Every form
    /// and filter parses through here, so no date near DateTime's own limits (01.01.0001., 31.12.9999.)
    /// ever reaches arithmetic such as "the next local midnight in UTC".
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date >= EarliestTypedDate && date <= LatestTypedDate)
        {
            return true;
        }

        date = default;
        return false;
    }

    public static bool TryParseTime(string? text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy.", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A local day and time as every page and document shows them: dd.MM.yyyy. HH:mm.</summary>
    public static string FormatDateTime(DateTime local) => FormatDate(DateOnly.FromDateTime(local)) + " " + FormatTime(local);

    /// <summary>A stored instant (UTC) as the Centre's day and time (<see cref="FormatDateTime"/>).</summary>
    public static string FormatInstant(DateTime utc) => FormatDateTime(ToLocal(utc));

    /// <summary>The Centre's day of a stored instant (UTC), in the one date format.</summary>
    public static string FormatInstantDate(DateTime utc) => FormatDate(DateOnly.FromDateTime(ToLocal(utc)));
}
