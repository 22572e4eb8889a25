using TraffickingCare.Web.Features.Shared.Csv;

namespace TraffickingCare.UnitTests.Features.Decisions;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("CZZ-2025-0001", "CZZ-2025-0001")]
    [InlineData("ForcedLabour|SexualExploitation", "ForcedLabour|SexualExploitation")]
    [InlineData("2025-06-01", "2025-06-01")]
    [InlineData(null, "")]
    [InlineData("", "")]
    public void A_plain_field_is_written_as_it_is(string? value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));

    [Theory]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    public void A_field_with_the_separator_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled(string value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+381", "'+381")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")]
    public void A_field_a_spreadsheet_would_read_as_a_formula_gets_a_leading_apostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void A_formula_character_inside_a_field_is_left_alone() =>
        Assert.Equal("a=b", CsvText.Field("a=b"));

    [Fact]
    public void Numbers_are_invariant_and_empty_when_missing()
    {
        Assert.Equal("-3", CsvText.Number(-3));
        Assert.Equal("12345", CsvText.Number(12345));
        Assert.Equal(string.Empty, CsvText.Number(null));
    }

    [Fact]
    public void Fields_are_joined_by_semicolons() =>
        Assert.Equal("a;;\"b;c\"", CsvText.Line("a", string.Empty, CsvText.Field("b;c")));
}
