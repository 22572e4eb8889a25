using System.Text;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>
/// Greedy word wrap by measured width. A word wider than the line is cut where it stops fitting (no
/// hyphenation); line breaks in the text are kept, tabs become spaces and other control characters go.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<string> Wrap(string text, float width, Func<string, float> measure, Func<string, float, int> charactersThatFit)
    {
        var lines = new List<string>();
        foreach (var paragraph in Normalise(text).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && measure(line) > width)
                {
                    var cut = CutPoint(line, charactersThatFit(line, width));
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>At least one character per line (or the loop would not end), never between the halves of a surrogate pair.</summary>
    private static int CutPoint(string word, int fits)
    {
        var cut = Math.Clamp(fits, 1, word.Length - 1);
        if (char.IsHighSurrogate(word[cut - 1]))
        {
            cut = cut > 1 ? cut - 1 : cut + 1;
        }

        return cut;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            builder.Append(c switch
            {
                '\r' => '\n',
                '\t' => ' ',
                _ when char.IsControl(c) && c != '\n' => '\0',
                _ => c,
            });
        }

        return builder.Replace("\0", string.Empty).ToString();
    }
}
