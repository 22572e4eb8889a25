using TraffickingCare.Web.Data.PersonSearch;

namespace TraffickingCare.UnitTests.Data;

public sealed class BlindIndexKeyTests
{
    private static readonly string OtherKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Equal_words_give_equal_tokens_and_the_kind_separates_them()
    {
        var key = new BlindIndexKey(OtherKey);

        Assert.Equal(key.Token(PersonSearchKind.NameWord, "petrovic"), key.Token(PersonSearchKind.NameWord, "petrovic"));
        Assert.NotEqual(key.Token(PersonSearchKind.NameWord, "2001"), key.Token(PersonSearchKind.BirthYear, "2001"));
        Assert.Matches("^[0-9a-f]{24}$", key.Token(PersonSearchKind.NameWord, "petrovic"));
    }

    [Fact]
    public void Another_key_gives_other_tokens_and_another_stamp_so_the_index_is_rebuilt()
    {
        var development = new BlindIndexKey(null);
        var production = new BlindIndexKey(OtherKey);

        Assert.NotEqual(development.Token(PersonSearchKind.NameWord, "petrovic"), production.Token(PersonSearchKind.NameWord, "petrovic"));
        Assert.NotEqual(development.Stamp, production.Stamp);
    }

    [Fact]
    public void Only_a_real_key_of_32_bytes_or_more_is_fit_for_production()
    {
        Assert.True(BlindIndexKey.IsAcceptableForProduction(OtherKey));
        Assert.False(BlindIndexKey.IsAcceptableForProduction(BlindIndexKey.DevelopmentKey));
        Assert.False(BlindIndexKey.IsAcceptableForProduction(Convert.ToBase64String(new byte[16])));
        Assert.False(BlindIndexKey.IsAcceptableForProduction(null));
    }
}
