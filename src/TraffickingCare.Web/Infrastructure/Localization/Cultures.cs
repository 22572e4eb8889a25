using System.Globalization;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Web.Infrastructure.Localization;

/// <summary>The three UI cultures. Dates are written dd.MM.yyyy. in all of them, as Serbian institutions write them.</summary>
public static class Cultures
{
    public const string Latin = "sr-Latn-RS";
    public const string Cyrillic = "sr-Cyrl-RS";
    public const string English = "en";

    public const string DatePattern = "dd.MM.yyyy.";
    public const string DateTimePattern = "dd.MM.yyyy. HH:mm";

    public static readonly IReadOnlyList<string> Names = [Latin, Cyrillic, English];

    public static IList<CultureInfo> Create() => Names.Select(Create).ToList();

    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        culture.DateTimeFormat.ShortDatePattern = DatePattern;
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        return culture;
    }

    public static UiLanguage ToUiLanguage(CultureInfo culture) => culture.Name switch
    {
        Cyrillic => UiLanguage.Cyrillic,
        _ when culture.TwoLetterISOLanguageName == "en" => UiLanguage.English,
        _ => UiLanguage.Latin,
    };
}
