using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Activity;

/// <summary>
/// A coordinator records last week's training in Kraljevo for social workers and police officers as the Centre would:
/// from the activity page, a headcount whose totals by sector and by sex differ is refused on its field (nothing typed
/// is lost), then saved; the training's page shows it, and the sector table for that day and municipality counts its
/// participants. Axe on every page.
/// </summary>
public sealed class TrainingToSectorsTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task A_training_recorded_in_the_browser_is_counted_in_the_sector_table() =>
        RunAsync(nameof(A_training_recorded_in_the_browser_is_counted_in_the_sector_table), async page =>
        {
            var today = await ArrangeAsync(services => Task.FromResult(services.GetRequiredService<CentreClock>().Today));
            var day = CentreClock.FormatDate(today.AddDays(-7));
            var sectors = $"/Activity/Sectors?From={day}&To={day}&Municipality=RS-KRALJEVO";
            await SignInAsync(page, "koordinator");

            // The browser host's database is shared (and may hold demo trainings): the table must grow by this one.
            await page.GotoAsync(sectors);
            var socialBefore = await TrainedAsync(page, "SocialProtection");
            var policeBefore = await TrainedAsync(page, "Police");
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/Activity");
            await page.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Activity.Trainings"), Exact = true }).ClickAsync();
            await page.AssertAccessibleAsync();
            await page.Locator("#new-training").ClickAsync();
            var form = page.Locator("form#training-form");
            await Expect(form).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.Locator("input[name='Form.HeldOn']").FillAsync(day);
            await page.Locator("input[name='Form.Hours']").FillAsync("16");
            await page.Locator("input[name='Form.Topic']").FillAsync("Prepoznavanje žrtava (sintetički)");
            await page.Locator("input[type='checkbox'][name='Form.Accredited']").CheckAsync();
            await page.Locator("input[name='Form.AccreditationNumber']").FillAsync("A-2026-017");
            await page.Locator("select[name='Form.MunicipalityCode']").SelectOptionAsync("RS-KRALJEVO");
            await page.Locator("input[name='Form.Organiser']").FillAsync("Centar za zaštitu žrtava trgovine ljudima");
            await page.Locator("input[name='Form.ExternalTrainers[0].Name']").FillAsync("Predavač Demić (sintetički)");
            await page.Locator("input[name='Form.ExternalTrainers[1].Name']").FillAsync("Predavačica Uzorić (sintetički)");
            await form.GetByLabel("Socijalna zaštita", new() { Exact = true }).FillAsync("22");
            await form.GetByLabel("Policija", new() { Exact = true }).FillAsync("13");
            await page.Locator("input[name='Form.Women']").FillAsync("20");
            await page.Locator("input[name='Form.Men']").FillAsync("12");
            await form.Locator("button[type='submit']").ClickAsync();

            await Expect(page.Locator("#participants-error")).ToHaveTextAsync(Ui.Text("Activity.Errors.TotalsDifferBy", 35, 32));
            await Expect(page.Locator("input[name='Form.Topic']")).ToHaveValueAsync("Prepoznavanje žrtava (sintetički)");
            await Expect(form.GetByLabel("Socijalna zaštita", new() { Exact = true })).ToHaveValueAsync("22");
            await page.AssertAccessibleAsync();

            await page.Locator("input[name='Form.Men']").FillAsync("15");
            await page.Locator("form#training-form button[type='submit']").ClickAsync();
            await Expect(page.Locator("#training-topic")).ToHaveTextAsync("Prepoznavanje žrtava (sintetički)");
            await Expect(page.Locator("#training-held-on")).ToHaveTextAsync(day);
            await Expect(page.Locator("#training-trainers")).ToContainTextAsync("Predavačica Uzorić (sintetički)");
            await page.AssertAccessibleAsync();

            await page.GotoAsync(sectors);
            Assert.Equal(socialBefore + 22, await TrainedAsync(page, "SocialProtection"));
            Assert.Equal(policeBefore + 13, await TrainedAsync(page, "Police"));
            await page.AssertAccessibleAsync();
        });

    private static async Task<int> TrainedAsync(IPage page, string sector) =>
        int.Parse(await page.Locator($"#sectors-table tr[data-sector='{sector}'] td[data-figure='trained']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
