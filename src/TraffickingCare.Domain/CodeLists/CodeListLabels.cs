using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.CodeLists;

public sealed record CodeListLabels(string? Latin, string? Cyrillic, string? English)
{
    /// <summary>The label in the reader's language.</summary>
    public string? In(UiLanguage language) => language switch
    {
        UiLanguage.Cyrillic => Cyrillic,
        UiLanguage.English => English,
        _ => Latin,
    };
}
