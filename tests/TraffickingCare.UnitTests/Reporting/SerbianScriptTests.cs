using System.Globalization;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class SerbianScriptTests
{
    [Theory]
    [InlineData("Centar za zaštitu žrtava trgovine ljudima", "Центар за заштиту жртава трговине људима")]
    [InlineData("LJUBAV, Njegoš, džep, Đurđevdan, Ćuprija", "ЉУБАВ, Његош, џеп, Ђурђевдан, Ћуприја")]
    [InlineData("Web 2.0 (NGO)", "Wеб 2.0 (НГО)")]
    public void Latin_becomes_cyrillic_letter_for_letter_with_the_three_digraphs(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianScript.ToCyrillic(latin));

    [Fact]
    public void Only_a_cyrillic_document_is_transliterated()
    {
        Assert.Equal("Центар", SerbianScript.For(CultureInfo.GetCultureInfo("sr-Cyrl-RS"), "Centar"));
        Assert.Equal("Centar", SerbianScript.For(CultureInfo.GetCultureInfo("sr-Latn-RS"), "Centar"));
        Assert.Equal("Centar", SerbianScript.For(CultureInfo.GetCultureInfo("en"), "Centar"));
    }
}
