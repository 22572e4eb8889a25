using System.Globalization;
using System.Text;

namespace TraffickingCare.Domain.People;

/// <summary>
/// Turns a name as somebody typed or heard it into comparable words: Cyrillic is transliterated,
/// case and diacritics are dropped, and đ / dj / d become one letter, because the same person is
/// written "Đorđević", "Djordjevic", "Dordevic" and "Ђорђевић" in different records.
/// </summary>
public static class NameKeys
{
    public const int MinimumWordLength = 2;

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['ђ'] = "đ",
        ['е'] = "e",
        ['ж'] = "ž",
        ['з'] = "z",
        ['и'] = "i",
        ['ј'] = "j",
        ['к'] = "k",
        ['л'] = "l",
        ['љ'] = "lj",
        ['м'] = "m",
        ['н'] = "n",
        ['њ'] = "nj",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['ћ'] = "ć",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "h",
        ['ц'] = "c",
        ['ч'] = "č",
        ['џ'] = "dž",
        ['ш'] = "š",
    };

    /// <summary>The distinct normalised words of a name, in order; words shorter than two letters are dropped.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Latinise(text.ToLowerInvariant()))
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
                continue;
            }

            Flush(current, words);
        }

        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = Fold(current.ToString());
        current.Clear();
        if (word.Length >= MinimumWordLength && !words.Contains(word))
        {
            words.Add(word);
        }
    }

    private static string Latinise(string lower)
    {
        var latin = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            latin.Append(Cyrillic.TryGetValue(c, out var l) ? l : c.ToString());
        }

        return latin.ToString();
    }

    /// <summary>Drops diacritics (č ć → c, š → s, ž → z) and folds đ / dj to d.</summary>
    private static string Fold(string word)
    {
        var decomposed = word.Replace("đ", "d", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).Replace("dj", "d", StringComparison.Ordinal);
    }
}
