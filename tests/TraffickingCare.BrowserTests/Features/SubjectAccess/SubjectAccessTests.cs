using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.SubjectAccess;

public sealed class SubjectAccessTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task Management_finds_the_person_from_its_home_page_is_told_a_reason_is_needed_and_downloads_the_pdf() =>
        RunAsync(nameof(Management_finds_the_person_from_its_home_page_is_told_a_reason_is_needed_and_downloads_the_pdf), async page =>
        {
            var (caseId, code, _) = await ArrangeCaseAsync("radnik");
            await ArrangeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                var identity = PersonIdentity.Record(new PersonIdentityDetails("Zorica", "Uvidić", DateOfBirth: new DateOnly(1994, 7, 8)));
                db.PersonIdentities.Add(identity);
                await services.GetRequiredService<PersonSearchIndex>().IndexAsync(identity, default);
                (await db.Cases.SingleAsync(c => c.Id == caseId)).LinkPerson(identity.Id);
                return await db.SaveChangesAsync();
            });

            await SignInAsync(page, "rukovodstvo");
            await page.Locator("#subject-access-Management a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/SubjectAccess$"));
            await page.AssertAccessibleAsync();

            await page.GetByLabel(Ui.Text("Referrals.PersonSearch.Name")).FillAsync("Zorica Uvidić");
            await page.Locator("#subject-search-submit").ClickAsync();
            var person = page.Locator("#subject-people tbody tr");
            await Expect(person).ToHaveCountAsync(1);
            await Expect(person.Locator("td").First).ToHaveTextAsync(code);
            await page.AssertAccessibleAsync();

            await person.Locator("a").ClickAsync();
            await Expect(page.Locator("#subject-cases")).ToContainTextAsync(code);
            await page.AssertAccessibleAsync();

            // Without a reason nothing is downloaded: the page says why, in the form.
            await page.Locator("#subject-export-submit").ClickAsync();
            await Expect(page.Locator("#subject-export")).ToContainTextAsync(Ui.Text("SubjectAccess.Errors.ReasonRequired"));
            await page.AssertAccessibleAsync();

            await page.GetByLabel(Ui.Text("SubjectAccess.Reason")).FillAsync("Pisani zahtev lica primljen danas.");
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#subject-export-submit").ClickAsync());

            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        });
}
