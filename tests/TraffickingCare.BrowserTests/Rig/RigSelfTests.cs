using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace TraffickingCare.BrowserTests.Rig;

/// <summary>The rig's own safety nets must catch what they claim to, or every green run means nothing.</summary>
public sealed class RigSelfTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public async Task The_accessibility_check_fails_on_a_critical_violation_and_names_rule_impact_and_element()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => RunAsync("Rig_accessibility_probe", async page =>
        {
            await page.SetContentAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><title>Probe</title></head><body><main><h1>Probe</h1>" +
                "<img id=\"unlabelled\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");
            await page.AssertAccessibleAsync();
        }));

        Assert.Contains("image-alt (critical)", failure.Message);
        Assert.Contains("#unlabelled", failure.Message);
        File.Delete(Path.Combine(ScreenshotFolder, "Rig_accessibility_probe.png"));
    }

    [Fact]
    public Task The_accessibility_check_passes_a_plain_well_formed_page() =>
        RunAsync(nameof(The_accessibility_check_passes_a_plain_well_formed_page), async page =>
        {
            await page.SetContentAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><title>Probe</title></head><body><main><h1>Probe</h1>" +
                "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"A dot\"></main></body></html>");
            await page.AssertAccessibleAsync();
        });

    [Fact]
    public async Task A_failing_test_leaves_a_full_page_screenshot_named_after_it()
    {
        var path = Path.Combine(ScreenshotFolder, "Rig_screenshot_probe.png");
        File.Delete(path);

        await Assert.ThrowsAsync<TimeoutException>(() => RunAsync("Rig_screenshot_probe", async page =>
        {
            await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><body><p>Probe</p></body></html>");
            await page.Locator("#never-there").ClickAsync(new LocatorClickOptions { Timeout = 200 });
        }));

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4).ToArray());
        File.Delete(path);
    }

    [Fact]
    public async Task The_log_canary_fails_when_a_typed_value_reaches_a_log_file_and_names_the_field_and_the_file()
    {
        var probe = Path.Combine(LogFolder, "canary-probe.log");
        try
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => RunAsync("Rig_canary_probe", async page =>
            {
                await page.GotoAsync("/Account/Login?kanarinka=Kanarinka+Probna+Vrednost");
                Directory.CreateDirectory(LogFolder);
                await File.WriteAllTextAsync(probe, "Request for Kanarinka Probna Vrednost");
            }));

            Assert.Contains("canary-probe.log holds the value typed into kanarinka", failure.Message);
        }
        finally
        {
            File.Delete(probe);
            File.Delete(Path.Combine(ScreenshotFolder, "Rig_canary_probe.png"));
        }
    }
}
