using System.Globalization;
using System.Text;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// Serbian Latin to Cyrillic, letter for letter (lj, nj and dž are one letter each), for configured text such as the
/// Centre's name that has one spelling in the settings but must appear in the script of a Cyrillic document. Letters
/// Serbian does not have (q, w, x, y) and everything else are kept as they are.
/// </summary>
public static class SerbianScript
{
    private static readonly (string Latin, string Cyrillic)[] Digraphs =
        [("DŽ", "Џ"), ("Dž", "Џ"), ("dž", "џ"), ("LJ", "Љ"), ("Lj", "Љ"), ("lj", "љ"), ("NJ", "Њ"), ("Nj", "Њ"), ("nj", "њ")];

    private static readonly Dictionary<char, char> Letters = "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš"
        .Zip("АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш").ToDictionary(p => p.First, p => p.Second);

    public static bool IsCyrillic(CultureInfo culture) => culture.Name.StartsWith("sr-Cyrl", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text in the script of <paramref name="culture"/>: transliterated for Serbian Cyrillic, else as it is.</summary>
    public static string For(CultureInfo culture, string text) => IsCyrillic(culture) ? ToCyrillic(text) : text;

    public static string ToCyrillic(string latin)
    {
        var text = new StringBuilder(latin);
        foreach (var (from, to) in Digraphs)
        {
            text.Replace(from, to);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (Letters.TryGetValue(text[i], out var letter))
            {
                text[i] = letter;
            }
        }

        return text.ToString();
    }
}
