using System.Globalization;

namespace TraffickingCare.Web.Infrastructure.Time;

/// <summary>
/// The Centre's wall clock (Europe/Belgrade). Instants are stored in UTC; people type and read local
/// dates and times, and a day, a month or a case year begins at local midnight.
/// </summary>
public sealed class CentreClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

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

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy.", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);
}
