using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.UnitTests.Localization;

public sealed class CulturesTests
{
    [Theory]
    [InlineData(Cultures.Latin)]
    [InlineData(Cultures.Cyrillic)]
    [InlineData(Cultures.English)]
    public void Every_ui_culture_writes_dates_the_serbian_way(string name)
    {
        var culture = Cultures.Create(name);

        Assert.Equal("07.03.2026.", new DateTime(2026, 3, 7).ToString("d", culture));
        Assert.Equal("07.03.2026.", new DateOnly(2026, 3, 7).ToString(culture));
    }

    [Fact]
    public void Serbian_latin_is_the_default_and_first_culture()
    {
        Assert.Equal("sr-Latn-RS", Cultures.Create()[0].Name);
    }

    [Theory]
    [InlineData(Cultures.Latin, UiLanguage.Latin)]
    [InlineData(Cultures.Cyrillic, UiLanguage.Cyrillic)]
    [InlineData(Cultures.English, UiLanguage.English)]
    public void A_culture_maps_to_its_label_language(string name, UiLanguage expected)
    {
        Assert.Equal(expected, Cultures.ToUiLanguage(Cultures.Create(name)));
    }
}
