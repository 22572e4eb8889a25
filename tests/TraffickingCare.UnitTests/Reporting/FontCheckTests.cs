using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Infrastructure.Health;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class FontCheckTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "traffickingcare-fonts-" + Guid.NewGuid().ToString("N"));

    public FontCheckTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ValidateOptionsResult Validate(string fontFolder) =>
        new ReportingOptionsValidator().Validate(null, new ReportingOptions { FontFolder = fontFolder });

    private static Task<HealthCheckResult> CheckHealth(string fontFolder) =>
        new FontsHealthCheck(Options.Create(new ReportingOptions { FontFolder = fontFolder })).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public void The_installed_dejavu_fonts_pass()
    {
        Assert.True(Validate(new ReportingOptions().FontFolder).Succeeded);
    }

    [Fact]
    public void A_missing_font_folder_fails_validation_naming_both_files_and_the_setting()
    {
        var result = Validate(Path.Combine(folder, "missing"));

        Assert.True(result.Failed);
        Assert.Contains("DejaVuSans.ttf", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("DejaVuSans-Bold.ttf", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Reporting:FontFolder", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bold_face_is_named_alone()
    {
        File.Copy(new ReportingOptions().RegularFontPath, Path.Combine(folder, ReportingOptions.RegularFontFile));

        var result = Validate(folder);

        Assert.Equal(["DejaVuSans-Bold.ttf"], result.Failures!.Select(f => f.Split(' ').Single(w => w.EndsWith(".ttf", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_file_that_is_not_a_font_fails_validation()
    {
        File.Copy(new ReportingOptions().RegularFontPath, Path.Combine(folder, ReportingOptions.RegularFontFile));
        File.WriteAllText(Path.Combine(folder, ReportingOptions.BoldFontFile), "not a font");

        var result = Validate(folder);

        Assert.Contains("DejaVuSans-Bold.ttf", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("cannot be loaded", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_without_the_fonts_and_healthy_with_them()
    {
        Assert.Equal(HealthStatus.Unhealthy, (await CheckHealth(Path.Combine(folder, "missing"))).Status);
        Assert.Equal(HealthStatus.Healthy, (await CheckHealth(new ReportingOptions().FontFolder)).Status);
    }
}
