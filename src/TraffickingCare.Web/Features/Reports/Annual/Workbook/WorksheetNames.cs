using System.Text;

namespace TraffickingCare.Web.Features.Reports.Annual.Workbook;

/// <summary>
/// Excel's rules for a sheet's name, which a table's title does not follow by itself: at most 31 characters, none of
/// <c>: \ / ? * [ ]</c>, no apostrophe at either end, not "History", and unique regardless of letter case (Excel
/// refuses to open a workbook that breaks one of them).
/// </summary>
public sealed class WorksheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A name for the next sheet, from the table's title (its key when the title leaves nothing).</summary>
    public string Next(string title, string fallback)
    {
        var name = Clean(title);
        if (name.Length == 0)
        {
            name = Clean(fallback);
        }

        if (name.Length == 0)
        {
            name = "1";
        }

        var candidate = Cut(name, MaxLength);
        for (var n = 2; !IsFree(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Cut(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        taken.Add(candidate);
        return candidate;
    }

    private bool IsFree(string candidate) =>
        !taken.Contains(candidate) && !string.Equals(candidate, "History", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // A forbidden character becomes a space (a title's "a/b" stays readable as "a b"); control characters go.
            if (Array.IndexOf(Forbidden, c) >= 0 || char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim().Trim('\'').Trim();
    }

    // Never between the two halves of a surrogate pair, and never ending on a space or an apostrophe.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = char.IsLowSurrogate(text[length]) ? length - 1 : length;
        return text[..end].TrimEnd().TrimEnd('\'').TrimEnd();
    }
}
