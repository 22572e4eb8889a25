using TraffickingCare.Domain.People;

namespace TraffickingCare.UnitTests.Domain;

public sealed class NameKeysTests
{
    [Theory]
    [InlineData("Đorđe Petrović")]
    [InlineData("Ђорђе Петровић")]
    [InlineData("djordje petrovic")]
    [InlineData("DORDE  PETROVIC")]
    [InlineData("Petrović, Đorđe")]
    public void The_same_name_in_either_script_with_or_without_diacritics_gives_the_same_words(string written)
    {
        Assert.Equal(["dorde", "petrovic"], NameKeys.Words(written).Order().ToList());
    }

    [Theory]
    [InlineData("Љиљана Њего Џамић", new[] { "ljiljana", "njego", "dzamic" })]
    [InlineData("Šćepanović-Žižić", new[] { "scepanovic", "zizic" })]
    [InlineData("Ana M. O'Neil", new[] { "ana", "neil" })]
    public void Digraphs_hyphens_initials_and_apostrophes_are_handled(string written, string[] expected)
    {
        Assert.Equal(expected, NameKeys.Words(written));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  - . ")]
    [InlineData("A B")]
    public void Nothing_searchable_gives_no_words(string? written)
    {
        Assert.Empty(NameKeys.Words(written));
    }

    [Fact]
    public void A_word_repeated_counts_once()
    {
        Assert.Equal(["marija"], NameKeys.Words("Marija MARIJA Марија"));
    }
}
