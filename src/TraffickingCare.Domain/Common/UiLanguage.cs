namespace TraffickingCare.Domain.Common;

/// <summary>The three languages of the user interface; Serbian Latin is the default.</summary>
public enum UiLanguage
{
    Latin,
    Cyrillic,
    English,
}
