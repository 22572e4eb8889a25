using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.UnitTests.Reporting;

/// <summary>Word wrap with a monospaced stand-in for the font: every character is one unit wide.</summary>
public sealed class LineBreakerTests
{
    private static IReadOnlyList<string> Wrap(string text, float width) =>
        LineBreaker.Wrap(text, width, s => s.Length, (s, w) => (int)Math.Min(w, s.Length));

    [Fact]
    public void Words_fill_each_line_up_to_the_width()
    {
        Assert.Equal(["ako je žrtva", "maloletna,", "obavesti se"], Wrap("ako je žrtva maloletna, obavesti se", 12));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_where_it_stops_fitting_and_its_tail_shares_the_next_line()
    {
        Assert.Equal(["ab", "abcdefgh", "ijklmnop", "qr cd"], Wrap("ab abcdefghijklmnopqr cd", 8));
    }

    [Fact]
    public void Line_breaks_are_kept_and_tabs_become_spaces_and_other_control_characters_go()
    {
        Assert.Equal(["prvi", "", "drugi red", "treći"], Wrap("prvi\r\n\rdrugi\tred\u0007\ntreći", 20));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_cut_in_half()
    {
        var lines = Wrap("ab\U0001F600cd", 3);

        Assert.Equal("ab\U0001F600cd", string.Concat(lines));
        Assert.All(lines, line => Assert.False(char.IsHighSurrogate(line[^1])));
    }
}
