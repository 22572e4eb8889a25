using TraffickingCare.Web.Features.TwoFactor;

namespace TraffickingCare.UnitTests.Features.TwoFactor;

public sealed class TwoFactorKeyTests
{
    [Fact]
    public void The_shared_key_is_shown_in_lower_case_groups_of_four()
    {
        Assert.Equal("abcd efgh ijkl mnop q7", TwoFactorEnrolmentQuery.FormatKey("ABCDEFGHIJKLMNOPQ7"));
    }

    [Fact]
    public void The_QR_code_is_an_svg_data_uri_with_dark_modules_and_no_style()
    {
        var uri = QrCodeSvg.DataUri("otpauth://totp/TraffickingCare:ana?secret=ABCDEFGH&issuer=TraffickingCare&digits=6");

        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(uri["data:image/svg+xml;base64,".Length..]));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("h1v1h-1z", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.Ordinal);
    }
}
