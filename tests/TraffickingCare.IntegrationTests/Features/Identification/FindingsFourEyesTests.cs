using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Identity;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>
/// Four eyes that cannot be bypassed: the coordinator reviews, returns with a reason and approves; only the
/// case's team writes; whoever wrote in a findings cannot approve it; its PDF names who wrote it.
/// </summary>
public sealed class FindingsFourEyesTests : IAsyncLifetime
{
    private const string Opinion = "Mišljenje tima: identifikovana žrtva radne eksploatacije.";
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];
    private CaseFile file = null!;

    public async Task InitializeAsync()
    {
        await TestUsers.CreateAsync(factory, "koordinator2", Roles.Coordinator);
        users = await factory.Arrange.UserIdsAsync();
        file = await factory.Arrange.Case().Coded(2026, 4201).PresumedVictim(new DateOnly(2026, 3, 2)).WithTeam("radnik2");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<TestClient> AsAsync(string user) => factory.Arrange.SignedInAsync(user);

    private Task<FindingsAndOpinion> FindingsAsync(Guid id) =>
        factory.WithDbAsync(db => db.Findings.AsNoTracking().Include(f => f.Editors).SingleAsync(f => f.Id == id));

    private static string Alert(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".alert-danger")?.TextContent.Trim() ?? string.Empty;

    [Fact]
    public async Task Starting_the_findings_is_offered_to_the_case_s_team_and_not_to_a_coordinator_outside_it()
    {
        using var lead = await AsAsync("radnik");
        using var colleague = await AsAsync("radnik2");
        using var coordinator = await AsAsync("koordinator");

        Assert.NotNull((await lead.GetPageAsync($"/Identification/Case/{file.Id}")).QuerySelector("form#start-findings"));
        Assert.NotNull((await colleague.GetPageAsync($"/Identification/Case/{file.Id}")).QuerySelector("form#start-findings"));
        var overview = await coordinator.GetPageAsync($"/Identification/Case/{file.Id}");

        // The coordinator still works on the checklist and the evidence; only the findings are the team's to write.
        Assert.Null(overview.QuerySelector("form#start-findings"));
        Assert.NotEmpty(overview.QuerySelectorAll("form[method='post']"));
        Assert.Contains(Ui.Text("Identification.Errors.TeamWritesFindings"),
            Alert(await coordinator.GetPageAsync((await coordinator.PostWithTokenAsync($"/Identification/StartFindings/{file.Id}")).Headers.Location!.OriginalString)));
    }

    private async Task<Guid> SubmittedByTheLeadAsync(TestClient lead)
    {
        var start = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-findings");
        var url = start.Headers.Location!.OriginalString;
        var submitted = await lead.SubmitAsync(await lead.GetPageAsync(url), "form#findings-form", new Dictionary<string, string>
        {
            ["Form.Basis"] = "Prijava policijske uprave",
            ["Form.Sources"] = "Intervju sa korisnicom",
            ["Form.EstablishedFacts"] = "Utvrđeno je da su dokumenti oduzeti.",
            ["Form.IndicatorAnalysis"] = "Prisutna su sva tri elementa.",
            ["Form.Opinion"] = Opinion,
            ["Form.Decision"] = "Identified",
            ["Form.Forms"] = "ForcedLabour",
            ["Form.SecondAuthorId"] = users["radnik2"],
        }, submitName: "submit", submitValue: "true");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return Guid.Parse(url.Split('/').Last());
    }

    private static async Task ReturnAsync(TestClient coordinator, Guid id, string reason) =>
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/Identification/Findings/{id}"), "form#return-form", new Dictionary<string, string> { ["ReturnForm.Reason"] = reason });

    [Fact]
    public async Task A_coordinator_outside_the_team_returns_the_findings_with_a_reason_but_cannot_write_in_them()
    {
        using var lead = await AsAsync("radnik");
        var id = await SubmittedByTheLeadAsync(lead);
        using var coordinator = await AsAsync("koordinator");

        await ReturnAsync(coordinator, id, " ");
        Assert.Equal(Ui.Text("Identification.Errors.ReturnReasonRequired"), Alert(await coordinator.GetPageAsync($"/Identification/Findings/{id}")));
        Assert.Equal(FindingsStatus.Submitted, (await FindingsAsync(id)).Status);

        await ReturnAsync(coordinator, id, "Obrazložite mišljenje izvorima.");
        var draft = await coordinator.GetPageAsync($"/Identification/Findings/{id}");
        var edit = await coordinator.PostWithTokenAsync($"/Identification/Findings/{id}",
            ("Form.Version", (await FindingsAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.EstablishedFacts", "Koordinator menja činjenice."), ("Form.Opinion", "Koordinator piše mišljenje."),
            ("Form.Decision", "NotIdentified"), ("Form.SecondAuthorId", users["radnik2"]));
        var start = await coordinator.PostWithTokenAsync($"/Identification/StartFindings/{file.Id}");

        Assert.Null(draft.QuerySelector("form#findings-form"));
        Assert.Null(draft.QuerySelector("#return-reason"));
        Assert.Contains(Ui.Text("Identification.Errors.TeamWritesFindings"), Alert(await TestClient.ParseAsync(edit)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var after = await FindingsAsync(id);
        Assert.Equal(Opinion, after.Opinion);
        Assert.Equal([users["radnik"]], after.Editors.Select(e => e.UserId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.CaseId == file.Id)));
        Assert.Equal("Obrazložite mišljenje izvorima.", (await lead.GetPageAsync($"/Identification/Findings/{id}")).QuerySelector("#return-reason p")!.TextContent);
    }

    [Fact]
    public async Task A_typed_return_reason_that_is_refused_comes_back_in_the_form_with_the_reason()
    {
        using var lead = await AsAsync("radnik");
        var id = await SubmittedByTheLeadAsync(lead);
        using var coordinator = await AsAsync("koordinator");
        var page = await coordinator.GetPageAsync($"/Identification/Findings/{id}");

        var stale = await coordinator.SubmitAsync(page, "form#return-form", new Dictionary<string, string> { ["ReturnForm.Version"] = "99", ["ReturnForm.Reason"] = "Dopunite izvore." });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var again = await TestClient.ParseAsync(stale);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), Alert(again), StringComparison.Ordinal);
        Assert.Equal("Dopunite izvore.", again.QuerySelector("#return-reason-text")!.TextContent);
        Assert.Equal(FindingsStatus.Submitted, (await FindingsAsync(id)).Status);

        // After the conflict the form carries the version as it is now; a reason refused as too long keeps the one it was sent with.
        var current = page.QuerySelector("form#return-form input[name='ReturnForm.Version']")!.GetAttribute("value");
        Assert.Equal(current, again.QuerySelector("form#return-form input[name='ReturnForm.Version']")!.GetAttribute("value"));
        var tooLong = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#return-form", new Dictionary<string, string>
        {
            ["ReturnForm.Version"] = "98",
            ["ReturnForm.Reason"] = new string('x', FindingsAndOpinion.ReturnReasonMaxLength + 1),
        }));
        Assert.Equal("98", tooLong.QuerySelector("form#return-form input[name='ReturnForm.Version']")!.GetAttribute("value"));
    }

    /// <summary>The review's finding: the coordinator returned the findings, rewrote the opinion and approved them.</summary>
    [Fact]
    public async Task A_coordinator_who_returns_edits_and_approves_the_findings_is_refused_and_the_pdf_names_who_wrote_them()
    {
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).AddToTeam(users["koordinator"]);
            await db.SaveChangesAsync();
        });
        using var lead = await AsAsync("radnik");
        var id = await SubmittedByTheLeadAsync(lead);
        using var coordinator = await AsAsync("koordinator");

        await ReturnAsync(coordinator, id, "Mišljenje treba dopuniti.");
        var rewritten = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/Identification/Findings/{id}"), "form#findings-form",
            new Dictionary<string, string> { ["Form.Opinion"] = "Mišljenje koje je napisao koordinator." }, submitName: "submit", submitValue: "true");
        Assert.Equal(HttpStatusCode.Redirect, rewritten.StatusCode);
        var page = await coordinator.GetPageAsync($"/Identification/Findings/{id}");
        var forced = await coordinator.PostWithTokenAsync($"/Identification/Approve/{id}", ("version", (await FindingsAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(Ui.Text("Identification.Errors.EditorCannotApprove"), Alert(await coordinator.GetPageAsync($"/Identification/Findings/{id}")));
        Assert.Null(page.QuerySelector("form#approve-form"));
        Assert.Equal(FindingsStatus.Submitted, (await FindingsAsync(id)).Status);
        Assert.Equal(CaseStatus.PresumedVictim, await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == file.Id).Select(c => c.Status).SingleAsync()));

        using var other = await AsAsync("koordinator2");
        await other.SubmitAsync(await other.GetPageAsync($"/Identification/Findings/{id}"), "form#approve-form");
        var final = await FindingsAsync(id);
        Assert.Equal(FindingsStatus.Final, final.Status);
        Assert.Equal([users["radnik"], users["koordinator"]], final.Editors.OrderBy(e => e.Sequence).Select(e => e.UserId));

        var response = await lead.Http.GetAsync($"/Identification/Pdf/{id}");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Demo Stručni Radnik", text, StringComparison.Ordinal);
        Assert.Contains("Demo Koordinator", text, StringComparison.Ordinal);
        Assert.Contains("Test koordinator2", text, StringComparison.Ordinal);

        // Named as second author, she wrote none of it: the document does not say she did.
        Assert.DoesNotContain("Demo Stručna Radnica", text, StringComparison.Ordinal);
        Assert.Equal("Demo Stručni Radnik, Demo Koordinator", (await lead.GetPageAsync($"/Identification/Findings/{id}")).QuerySelector("#written-by")!.TextContent);
    }
}
