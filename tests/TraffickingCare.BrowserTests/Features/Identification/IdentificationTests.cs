using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Identification;

public sealed partial class IdentificationTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string CaseworkerDisplayName = "Demo Stručni Radnik";
    private const string SecondAuthorDisplayName = "Demo Stručna Radnica";
    private const string CoordinatorDisplayName = "Demo Koordinator";

    /// <summary>Synthetic; the source of an answer, as a caseworker would note it.</summary>
    private const string Source = "Razgovor sa osobom (sintetički podaci)";

    /// <summary>One indicator of each legal element: the act, the means and the purpose.</summary>
    private static readonly string[] PresentIndicators = ["DeceptiveOffer", "DocumentsWithheld", "ForcedLabour"];

    /// <summary>Synthetic text for every section of the findings and opinion.</summary>
    private static readonly (string Field, string Text)[] Sections =
    [
        ("Basis", "Uputstvo policije, sintetički primer za test."),
        ("Sources", "Razgovor sa osobom i dokumentacija uputioca (sintetički)."),
        ("EstablishedFacts", "Osobi je obećan posao u inostranstvu.\nPo dolasku su joj oduzeta dokumenta i radila je bez plate."),
        ("IndicatorAnalysis", "Prisutni su indikatori radnje, sredstava i svrhe."),
        ("Opinion", "Osoba je žrtva trgovine ljudima radi radne eksploatacije."),
    ];

    [Fact]
    public Task A_caseworker_identifies_a_presumed_victim_writes_the_findings_with_a_colleague_and_the_coordinator_approves_and_downloads_them() =>
        RunAsync(nameof(A_caseworker_identifies_a_presumed_victim_writes_the_findings_with_a_colleague_and_the_coordinator_approves_and_downloads_them), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik", "radnik2");

            // The caseworker reaches identification from the case.
            await SignInAsync(page, "radnik");
            await page.GotoAsync($"/Cases/Details/{caseId}");
            await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);
            await page.AssertAccessibleAsync();

            // Who the person is, recorded on the person's own page (synthetic name), shown on the case page after.
            await page.Locator("a#edit-person").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Person/{caseId}$"));
            await page.AssertAccessibleAsync();
            await page.GetByLabel(Ui.Text("People.FirstName"), new() { Exact = true }).FillAsync("Sintetička");
            await page.GetByLabel(Ui.Text("People.LastName"), new() { Exact = true }).FillAsync("Osoba");
            var idNumber = page.GetByLabel(Ui.Text("People.PersonalIdNumber"), new() { Exact = true });
            await idNumber.FillAsync("12345");
            await page.Locator("#person-submit").ClickAsync();

            // Refused on the same page: the error tied to its field, the names typed kept.
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Person/{caseId}$"));
            await Expect(idNumber).ToHaveAccessibleDescriptionAsync(Ui.Text("People.Errors.PersonalIdNumberInvalid"));
            await Expect(page.GetByLabel(Ui.Text("People.FirstName"), new() { Exact = true })).ToHaveValueAsync("Sintetička");
            await page.AssertAccessibleAsync();
            await idNumber.FillAsync(string.Empty);
            await page.Locator("#person-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("People.Saved"));
            await Expect(page.Locator("#person-identity")).ToContainTextAsync("Sintetička");

            await page.Locator("#identification-link").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Identification/Case/{caseId}$"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(Ui.Text("Cases.Status.Open"));
            await page.AssertAccessibleAsync();

            // The preliminary checklist: one indicator of each legal element is present.
            await page.Locator("form#start-checklist button[type=submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Identification/Checklist/{caseId}$"));
            await Expect(page.Locator("#recommendation")).ToHaveTextAsync(Ui.Text("Identification.Summary.NotYet"));
            await page.AssertAccessibleAsync();
            foreach (var code in PresentIndicators)
            {
                var indicator = Indicator(page, code);
                await indicator.GetByLabel(Ui.Text("Identification.Answer.Present"), new() { Exact = true }).CheckAsync();
                await indicator.GetByLabel(Ui.Text("Identification.Checklist.Source"), new() { Exact = true }).FillAsync(Source);
            }

            // The summary is the server's reading of the saved answers, not of what is ticked.
            await Expect(page.Locator("#recommendation")).ToHaveTextAsync(Ui.Text("Identification.Summary.NotYet"));
            await page.Locator("#checklist-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Identification/Checklist/{caseId}$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Identification.Checklist.Saved"));
            foreach (var element in new[] { "act", "means", "purpose" })
            {
                await Expect(page.Locator($"#legal-elements [data-element={element}]")).ToHaveTextAsync(Ui.Text("Identification.Summary.Met"));
            }

            await Expect(page.Locator("#recommendation")).ToHaveTextAsync(Ui.Text("Identification.Summary.Recommends"));
            foreach (var code in PresentIndicators)
            {
                var indicator = Indicator(page, code);
                await Expect(indicator.GetByLabel(Ui.Text("Identification.Answer.Present"), new() { Exact = true })).ToBeCheckedAsync();
                await Expect(indicator.GetByLabel(Ui.Text("Identification.Checklist.Source"), new() { Exact = true })).ToHaveValueAsync(Source);
            }

            await Expect(Indicator(page, "DebtBondage").GetByLabel(Ui.Text("Identification.Answer.Unknown"), new() { Exact = true })).ToBeCheckedAsync();
            await page.AssertAccessibleAsync();

            // Completing the checklist makes the person a presumed victim from today.
            await page.Locator("#checklist-complete").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Identification/Case/{caseId}$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Identification.Checklist.Completed"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(Ui.Text("Cases.Status.PresumedVictim"));
            await Expect(page.Locator("#checklist-state")).ToHaveTextAsync(Ui.Text("Identification.Checklist.CompletedOn", today.ToString("d", Ui.Serbian)));
            await Expect(page.Locator("form#start-checklist")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            // The findings and opinion, written with a colleague and handed to the coordinator.
            await page.Locator("form#start-findings button[type=submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(FindingsUrl());
            await Expect(page.Locator("#findings-status")).ToHaveTextAsync(Ui.Text("Identification.Findings.Status.Draft"));
            await page.AssertAccessibleAsync();
            var findingsUrl = page.Url;

            var form = page.Locator("form#findings-form");
            foreach (var (field, text) in Sections)
            {
                await form.Locator($"#Form_{field}").FillAsync(text);
            }

            await form.Locator("#decision-Identified").CheckAsync();
            await form.Locator("#form-ForcedLabour").CheckAsync();
            var forcedLabour = await form.Locator("label[for=form-ForcedLabour]").InnerTextAsync();
            await form.Locator("#Form_SecondAuthorId").SelectOptionAsync(new SelectOptionValue { Label = SecondAuthorDisplayName });
            await form.Locator("#findings-submit").ClickAsync();

            await Expect(page).ToHaveURLAsync(findingsUrl);
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Identification.Findings.Submitted"));
            await Expect(page.Locator("#findings-status")).ToHaveTextAsync(Ui.Text("Identification.Findings.Status.Submitted"));
            await Expect(page.Locator("#authors")).ToHaveTextAsync($"{CaseworkerDisplayName}, {SecondAuthorDisplayName}");
            await Expect(page.Locator("#findings-form")).ToHaveCountAsync(0);
            await Expect(page.Locator("#findings-approve")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            await page.Locator("#user-menu").ClickAsync();
            await page.Locator("#sign-out").ClickAsync();
            await Expect(page).ToHaveURLAsync(LoginUrl());

            // The coordinator, who wrote none of it, reads and approves it: the decision is final.
            await SignInAsync(page, "koordinator");
            await page.GotoAsync(findingsUrl);
            foreach (var (field, text) in Sections)
            {
                await Expect(page.Locator($"#findings-document [data-section={field}]")).ToHaveTextAsync(text);
            }

            await Expect(page.Locator("#decision")).ToHaveTextAsync(Ui.Text("Identification.Decision.Identified"));
            await Expect(page.Locator("#decision-forms")).ToHaveTextAsync(forcedLabour);

            // The authors' line breaks are kept when the document is read.
            Assert.Contains("\n", await page.Locator("#findings-document [data-section=EstablishedFacts]").InnerTextAsync());
            await page.AssertAccessibleAsync();

            await page.Locator("#findings-approve").ClickAsync();
            await Expect(page).ToHaveURLAsync(findingsUrl);
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Identification.Findings.Approved"));
            await Expect(page.Locator("#findings-status")).ToHaveTextAsync(Ui.Text("Identification.Findings.Status.Final"));
            await Expect(page.Locator("#approved-by")).ToHaveTextAsync(CoordinatorDisplayName);
            await Expect(page.Locator("#decided-on")).ToHaveTextAsync(today.ToString("d", Ui.Serbian));
            await Expect(page.Locator("#findings-approve")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            // The PDF is named by the case code only, never by the person.
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#findings-pdf").ClickAsync());
            Assert.Equal($"{caseCode}.pdf", download.SuggestedFilename);
            var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.Equal("%PDF"u8.ToArray(), pdf.Take(4).ToArray());

            await page.Locator("#case-code").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Identification/Case/{caseId}$"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(Ui.Text("Cases.Status.IdentifiedVictim"));
            await Expect(page.Locator("#findings-list tbody tr")).ToHaveCountAsync(1);
            await page.AssertAccessibleAsync();
        });

    private static ILocator Indicator(IPage page, string code) => page.Locator($"fieldset[data-indicator={code}]");

    [GeneratedRegex("/Identification/Findings/[0-9a-fA-F-]{36}$")]
    private static partial Regex FindingsUrl();

    [GeneratedRegex("/Account/Login(\\?|$)")]
    private static partial Regex LoginUrl();
}
