using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Features.SupportWork;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Uploads;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Attachments;

/// <summary>
/// A case's documents as a caseworker handles them from the case page: a file over the limit is refused before it is
/// sent (and by the server when the browser runs no script), a PDF is uploaded, listed and downloaded as it was.
/// </summary>
public sealed class AttachmentTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string FileName = "uputnica-csr.pdf";
    private const string Description = "Uputnica centra za socijalni rad (sintetički)";

    /// <summary>A minimal PDF: what the content check looks for is the <c>%PDF-</c> signature.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public Task A_caseworker_is_told_a_file_is_too_large_before_it_is_sent_then_uploads_a_pdf_sees_it_listed_and_downloads_it() =>
        RunAsync(nameof(A_caseworker_is_told_a_file_is_too_large_before_it_is_sent_then_uploads_a_pdf_sees_it_listed_and_downloads_it), async page =>
        {
            var (caseId, caseCode, _) = await ArrangeCaseAsync("radnik");
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);
            var panel = page.Locator("section#attachments");
            await Expect(panel.GetByText(Ui.Text("Attachments.Empty"), new() { Exact = true })).ToBeVisibleAsync();
            var form = panel.Locator("form#upload-attachment");
            var file = form.GetByLabel(Ui.Text("Attachments.File"), new() { Exact = true });
            var uploads = 0;
            page.Request += (_, request) => uploads += request.Method == "POST" && request.Url.EndsWith("/Attachments", StringComparison.Ordinal) ? 1 : 0;

            // A file one byte over the limit: the message appears as soon as it is chosen, and the form is not sent.
            await file.SetInputFilesAsync(OverTheLimit());
            await Expect(form.Locator("#Upload_File-error")).ToHaveTextAsync(TooLarge());
            await Expect(file).ToHaveAttributeAsync("aria-invalid", "true");
            await form.GetByLabel(Ui.Text("Attachments.CategoryLabel"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Attachments.Category.SocialProtection") });
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Attachments.Submit"), Exact = true }).ClickAsync();
            await Expect(file).ToBeFocusedAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}$"));
            await page.AssertAccessibleAsync();
            Assert.Equal(0, uploads);

            // A small PDF instead: the message goes, the upload goes through and the document is listed on the case page.
            await file.SetInputFilesAsync(new FilePayload { Name = FileName, MimeType = "application/pdf", Buffer = Pdf });
            await Expect(form.Locator("#Upload_File-error")).ToBeEmptyAsync();
            await Expect(file).Not.ToHaveAttributeAsync("aria-invalid", "true");
            await form.GetByLabel(Ui.Text("Attachments.Description"), new() { Exact = true }).FillAsync(Description);
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Attachments.Submit"), Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}#attachments$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Attachments.Added"));
            Assert.Equal(1, uploads);
            var row = page.Locator("#attachments-list tbody tr");
            await Expect(row).ToHaveCountAsync(1);
            var link = row.GetByRole(AriaRole.Link, new() { Name = FileName, Exact = true });
            await Expect(link).ToBeVisibleAsync();
            await Expect(row.Locator("td").Nth(0)).ToContainTextAsync(Description);
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(Ui.Text("Attachments.Category.SocialProtection"));
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(SizeInSerbian(Pdf.Length));
            await page.AssertAccessibleAsync();

            // The link downloads the very bytes uploaded, under their name.
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal(FileName, download.SuggestedFilename);
            Assert.Equal(Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
        });

    [Fact]
    public Task Without_JavaScript_the_server_refuses_a_file_over_the_limit_and_says_why_on_the_attachments_page() =>
        RunAsync(nameof(Without_JavaScript_the_server_refuses_a_file_over_the_limit_and_says_why_on_the_attachments_page), async page =>
        {
            var (caseId, caseCode, _) = await ArrangeCaseAsync("radnik");
            await SignInAsync(page, "radnik");
            await page.GotoAsync($"/Cases/{caseId}/Attachments");
            await Expect(page.Locator("#back-to-case")).ToHaveTextAsync(caseCode);
            var form = page.Locator("form#upload-attachment");
            await form.GetByLabel(Ui.Text("Attachments.File"), new() { Exact = true }).SetInputFilesAsync(OverTheLimit());
            await form.GetByLabel(Ui.Text("Attachments.CategoryLabel"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Attachments.Category.SocialProtection") });
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Attachments.Submit"), Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Attachments$"));
            await Expect(page.Locator(".alert-danger")).ToHaveTextAsync(TooLarge());
            await Expect(page.GetByText(Ui.Text("Attachments.Empty"), new() { Exact = true })).ToBeVisibleAsync();

            // No axe here: it is a script, and this browser runs none (the page is the same one checked with scripts on).
        }, javaScript: false);

    /// <summary>A PDF one byte over the test app's <c>Storage:MaxAttachmentBytes</c>.</summary>
    private static FilePayload OverTheLimit()
    {
        var bytes = new byte[BrowserAppFactory.MaxAttachmentBytes + 1];
        Pdf.CopyTo(bytes, 0);
        return new FilePayload { Name = "skenirano.pdf", MimeType = "application/pdf", Buffer = bytes };
    }

    private static string TooLarge() => Ui.Text("Attachments.Errors.TooLarge", SizeInSerbian(BrowserAppFactory.MaxAttachmentBytes));

    /// <summary>Sizes as the page writes them: the number in the page's culture, the unit from the resources.</summary>
    private static string SizeInSerbian(long bytes)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Ui.Serbian;
        try
        {
            var (key, number) = FileSize.Parts(bytes);
            return Ui.Text(key, number);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
