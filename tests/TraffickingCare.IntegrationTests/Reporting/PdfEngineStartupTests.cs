using System.Globalization;
using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Reporting;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Reporting;

public sealed class PdfEngineStartupTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_app_is_ready_with_its_fonts_and_renders_a_pdf_through_the_one_renderer()
    {
        using var client = app.Factory.CreateTestClient();
        Assert.Equal("Healthy", await client.Http.GetStringAsync("/health/ready"));

        var renderer = app.Factory.Services.GetRequiredService<IPdfRenderer>();
        Assert.Same(renderer, app.Factory.Services.GetRequiredService<IPdfRenderer>());

        var pdf = renderer.Render(new PdfDocumentModel("Налаз и мишљење", "TC-2026-0001") { Culture = CultureInfo.GetCultureInfo("sr-Cyrl-RS") }
            .Heading("Налаз и мишљење"));

        using var document = PdfDocument.Open(pdf);
        // The Centre's name, configured in Latin, in the script of the Cyrillic document; compared without spaces, since
        // PdfPig may split a word where it guesses a gap.
        var words = string.Concat(document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.StartsWith("ЦентарзазаштитужртаватрговинељудимаTC-2026-0001", words, StringComparison.Ordinal);
        Assert.EndsWith("Налазимишљењестрана1од1", words, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_refuses_to_start_without_its_fonts_and_says_which_file_and_setting()
    {
        using var factory = new AppFactory();
        factory.Settings[ReportingOptions.FontFolderKey] = Path.Combine(factory.Folder, "no-fonts-here");

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DejaVuSans.ttf", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains(ReportingOptions.FontFolderKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_fonts_disappear()
    {
        await using var factory = new AppFactory();
        var fonts = Directory.CreateDirectory(Path.Combine(factory.Folder, "fonts")).FullName;
        var installed = new ReportingOptions();
        File.Copy(installed.RegularFontPath, Path.Combine(fonts, ReportingOptions.RegularFontFile));
        File.Copy(installed.BoldFontPath, Path.Combine(fonts, ReportingOptions.BoldFontFile));
        factory.Settings[ReportingOptions.FontFolderKey] = fonts;
        using var client = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        File.Delete(Path.Combine(fonts, ReportingOptions.BoldFontFile));
        var response = await client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
