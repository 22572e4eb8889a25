namespace TraffickingCare.Web.Features.Shared.Csv;

/// <summary>
/// CSV for Excel in the Centre's locale: ';' separates fields (Serbian Excel reads ',' as the decimal
/// comma), fields are quoted when they hold the separator, a quote or a line break (RFC 4180).
/// </summary>
public static class CsvText
{
    public const char Separator = ';';

    private static readonly char[] NeedsQuotes = [Separator, '"', '\r', '\n'];

    /// <summary>
    /// One text field. A field that a spreadsheet would read as a formula (starting with = + - @, tab or
    /// carriage return) gets a leading apostrophe, so opening the file never runs anything.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>A number is written as a number (a negative one is not a formula).</summary>
    public static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Line(params string[] fields) => string.Join(Separator, fields);
}
