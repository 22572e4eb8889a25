using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain;

public sealed class CodeListItemTests
{
    [Fact]
    public void Labels_are_trimmed_and_chosen_by_ui_language()
    {
        var item = CodeListItem.Create(" Sex ", " Feminine ", new CodeListLabels(" Ženski ", "Женски", "Female"), 10);

        Assert.Equal("Sex", item.List);
        Assert.Equal("Feminine", item.Code);
        Assert.Equal("Ženski", item.LabelFor(UiLanguage.Latin));
        Assert.Equal("Женски", item.LabelFor(UiLanguage.Cyrillic));
        Assert.Equal("Female", item.LabelFor(UiLanguage.English));
        Assert.True(item.IsActive);
    }

    [Theory]
    [InlineData("", "Женски", "Female")]
    [InlineData("Ženski", "  ", "Female")]
    [InlineData("Ženski", "Женски", null)]
    public void A_label_missing_in_any_language_is_refused_with_a_resource_key(string? latin, string? cyrillic, string? english)
    {
        var ex = Assert.Throws<DomainException>(() =>
            CodeListItem.Create("Sex", "Feminine", new CodeListLabels(latin, cyrillic, english), 10));

        Assert.Equal("CodeLists.Errors.LabelRequired", ex.ResourceKey);
    }

    [Fact]
    public void An_over_long_code_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            CodeListItem.Create("Sex", new string('x', CodeListItem.CodeMaxLength + 1), new CodeListLabels("a", "а", "a"), 10));

        Assert.Equal("CodeLists.Errors.CodeRequired", ex.ResourceKey);
    }

    [Fact]
    public void A_retired_value_can_be_brought_back()
    {
        var item = CodeListItem.Create("Sex", "Feminine", new CodeListLabels("Ženski", "Женски", "Female"), 10);

        item.Deactivate();
        Assert.False(item.IsActive);

        item.Activate();
        Assert.True(item.IsActive);
    }
}
