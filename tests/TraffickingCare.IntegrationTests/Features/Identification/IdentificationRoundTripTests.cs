using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>
/// The whole identification of one case through the pages: the checklist makes a presumed victim,
/// two caseworkers write the findings, a coordinator who wrote none of it approves, the decision is
/// final, on the case, and downloads as a PDF. Each test has its own app.
/// </summary>
public sealed class IdentificationRoundTripTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];
    private CaseFile file = null!;

    public async Task InitializeAsync()
    {
        users = await factory.Arrange.UserIdsAsync();
        file = await factory.Arrange.Case().Coded(2026, 4101).WithTeam("radnik2");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<TestClient> AsAsync(string user) => factory.Arrange.SignedInAsync(user);

    private Task<CaseFile> CaseAsync() => factory.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.CodeListValues).SingleAsync(c => c.Id == file.Id));

    private static Dictionary<string, string> Answers(AngleSharp.Html.Dom.IHtmlDocument checklist, params (string Code, IndicatorAnswer Answer)[] answers)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (code, answer) in answers)
        {
            var hidden = checklist.QuerySelector($"fieldset[data-indicator='{code}'] input[type=hidden]")!;
            var prefix = hidden.GetAttribute("name")!.Replace(".Code", string.Empty, StringComparison.Ordinal);
            fields[prefix + ".Answer"] = answer.ToString();
            fields[prefix + ".Source"] = "Intervju";
        }

        return fields;
    }

    private async Task<Guid> PresumedVictimWithSubmittedFindingsAsync(TestClient lead, string firstAuthorUser = "radnik")
    {
        var overview = await lead.GetPageAsync($"/Identification/Case/{file.Id}");
        await lead.SubmitAsync(overview, "form#start-checklist");
        var checklist = await lead.GetPageAsync($"/Identification/Checklist/{file.Id}");
        await lead.SubmitAsync(checklist, "form#checklist-form",
            Answers(checklist, ("DeceptiveOffer", IndicatorAnswer.Present), ("DocumentsWithheld", IndicatorAnswer.Present), ("ForcedLabour", IndicatorAnswer.Present)),
            submitName: "complete", submitValue: "true");

        var start = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-findings");
        var findingsUrl = start.Headers.Location!.OriginalString;
        var editor = await lead.GetPageAsync(findingsUrl);
        var submitted = await lead.SubmitAsync(editor, "form#findings-form", new Dictionary<string, string>
        {
            ["Form.Basis"] = "Prijava policijske uprave",
            ["Form.Sources"] = "Intervju sa korisnicom; zapisnik policije",
            ["Form.EstablishedFacts"] = "Utvrđeno je da su dokumenti oduzeti.",
            ["Form.IndicatorAnalysis"] = "Prisutna su sva tri elementa.",
            ["Form.Opinion"] = "Mišljenje tima: identifikovana žrtva radne eksploatacije.",
            ["Form.Decision"] = "Identified",
            ["Form.Forms"] = "ForcedLabour",
            ["Form.SecondAuthorId"] = users[firstAuthorUser == "radnik" ? "radnik2" : "radnik"],
        }, submitName: "submit", submitValue: "true");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return Guid.Parse(findingsUrl.Split('/').Last());
    }

    [Fact]
    public async Task The_checklist_makes_a_presumed_victim_and_an_approved_findings_makes_the_decision_final_on_the_case()
    {
        using var lead = await AsAsync("radnik");
        var findingsId = await PresumedVictimWithSubmittedFindingsAsync(lead);

        var afterChecklist = await factory.WithDbAsync(db => db.PreliminaryChecklists.AsNoTracking().SingleAsync(c => c.CaseId == file.Id));
        Assert.NotNull(afterChecklist.CompletedOn);
        Assert.Equal(afterChecklist.CompletedOn, (await CaseAsync()).PresumedVictimSince);

        // The lead is an author and not a coordinator: no approving.
        var byAuthor = await lead.PostWithTokenAsync($"/Identification/Approve/{findingsId}", ("version", "1"));
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);

        using var coordinator = await AsAsync("koordinator");
        var queue = (await coordinator.GetPageAsync("/")).QuerySelector("#awaiting-approval-Coordinator a")!;
        Assert.Equal(Ui.Text("Home.Cases.AwaitingApproval", 1), queue.TextContent);
        var waiting = await coordinator.GetPageAsync(queue.GetAttribute("href")!);
        Assert.Equal(["CZZ-2026-4101"], waiting.QuerySelectorAll("#cases tbody tr td:first-child a").Select(a => a.TextContent).ToList());
        var submitted = await coordinator.GetPageAsync($"/Identification/Findings/{findingsId}");
        Assert.Equal(Ui.Text("Identification.Findings.Status.Submitted"), submitted.QuerySelector("#findings-status")!.TextContent);
        await coordinator.SubmitAsync(submitted, "form#approve-form");
        Assert.Null((await coordinator.GetPageAsync("/")).QuerySelector("#awaiting-approval-Coordinator"));

        var findings = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingsId));
        Assert.Equal(FindingsStatus.Final, findings.Status);
        Assert.Equal(users["koordinator"], findings.ApprovedBy);
        var decided = await CaseAsync();
        Assert.Equal(CaseStatus.IdentifiedVictim, decided.Status);
        Assert.Contains("ForcedLabour", decided.CodesOf(CaseCodeFields.ExploitationType));
        var page = await lead.GetPageAsync($"/Identification/Findings/{findingsId}");
        Assert.Null(page.QuerySelector("form#findings-form"));
        Assert.Equal(Ui.Text("Identification.Decision.Identified"), page.QuerySelector("#decision")!.TextContent);
    }

    [Fact]
    public async Task A_coordinator_who_is_an_author_cannot_approve()
    {
        // A coordinator writes findings only as a member of the case's team.
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).AddToTeam(users["koordinator"]);
            await db.SaveChangesAsync();
        });
        using var coordinator = await AsAsync("koordinator");
        var findingsId = await PresumedVictimWithSubmittedFindingsAsync(coordinator, firstAuthorUser: "koordinator");

        var page = await coordinator.GetPageAsync($"/Identification/Findings/{findingsId}");
        Assert.Null(page.QuerySelector("form#approve-form"));
        var forced = await coordinator.PostWithTokenAsync($"/Identification/Approve/{findingsId}", ("version", "1"));

        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        var after = await coordinator.GetPageAsync($"/Identification/Findings/{findingsId}");
        Assert.Equal(Ui.Text("Identification.Errors.AuthorCannotApprove"), after.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal(FindingsStatus.Submitted, (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingsId))).Status);
    }

    [Fact]
    public async Task A_final_document_refuses_edits_and_is_corrected_by_a_new_revision()
    {
        using var lead = await AsAsync("radnik");
        var findingsId = await PresumedVictimWithSubmittedFindingsAsync(lead);
        using var coordinator = await AsAsync("koordinator");
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/Identification/Findings/{findingsId}"), "form#approve-form");

        var edit = await lead.PostWithTokenAsync($"/Identification/Findings/{findingsId}",
            ("Form.Version", "99"), ("Form.Opinion", "Naknadno promenjeno mišljenje"), ("Form.Decision", "NotIdentified"), ("Form.SecondAuthorId", users["radnik2"]));
        var refused = await TestClient.ParseAsync(edit);
        Assert.Contains(Ui.Text("Identification.Errors.NotDraft"), refused.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mišljenje tima: identifikovana žrtva radne eksploatacije.", (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingsId))).Opinion);

        var correct = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Findings/{findingsId}"), "form#correct-form");
        var correction = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.SupersedesId == findingsId));
        Assert.Equal($"/Identification/Findings/{correction.Id}", correct.Headers.Location!.OriginalString);
        Assert.Equal(2, correction.Revision);
        Assert.Equal(FindingsStatus.Draft, correction.Status);
        Assert.NotNull((await lead.GetPageAsync($"/Identification/Findings/{findingsId}")).QuerySelector("#corrected-by"));
    }

    [Fact]
    public async Task The_final_findings_download_as_a_pdf_named_by_case_code_in_the_users_language_and_the_download_is_audited()
    {
        using var lead = await AsAsync("radnik");
        var findingsId = await PresumedVictimWithSubmittedFindingsAsync(lead);
        using var coordinator = await AsAsync("koordinator");
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/Identification/Findings/{findingsId}"), "form#approve-form");

        // The coordinator downloads it (management gives a reason first: CaseStoryTests).
        var home = await coordinator.GetPageAsync("/");
        await coordinator.SubmitAsync(home, "form[action='/Language/Set']", submitName: "culture", submitValue: "sr-Cyrl-RS");
        var response = await coordinator.Http.GetAsync($"/Identification/Pdf/{findingsId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("CZZ-2026-4101.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("CZZ-2026-4101", text, StringComparison.Ordinal);
        Assert.Contains("Налаз", text, StringComparison.Ordinal);
        Assert.Contains("страна1од" + pdf.NumberOfPages, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal); // PdfPig may split a word
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == findingsId && a.Action == AuditAction.Downloaded)));
    }

    [Fact]
    public async Task A_second_editor_on_a_stale_draft_is_told_and_keeps_what_they_typed()
    {
        using var lead = await AsAsync("radnik");
        var overview = await lead.GetPageAsync($"/Identification/Case/{file.Id}");
        var start = await lead.SubmitAsync(overview, "form#start-findings");
        var url = start.Headers.Location!.OriginalString;
        using var colleague = await AsAsync("radnik2");
        var first = await lead.GetPageAsync(url);
        var second = await colleague.GetPageAsync(url);

        await lead.SubmitAsync(first, "form#findings-form", new Dictionary<string, string> { ["Form.Opinion"] = "Prva verzija mišljenja" });
        var stale = await TestClient.ParseAsync(await colleague.SubmitAsync(second, "form#findings-form", new Dictionary<string, string> { ["Form.Opinion"] = "Druga, zakasnela verzija" }));

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), stale.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Druga, zakasnela verzija", stale.QuerySelector("#Form_Opinion")!.TextContent);
        Assert.Equal("Prva verzija mišljenja", (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.CaseId == file.Id))).Opinion);
    }

    [Fact]
    public async Task A_second_editor_refused_for_what_they_typed_keeps_the_version_they_opened_so_a_change_made_meanwhile_is_still_told()
    {
        using var lead = await AsAsync("radnik");
        var start = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-findings");
        var url = start.Headers.Location!.OriginalString;
        using var colleague = await AsAsync("radnik2");
        var first = await lead.GetPageAsync(url);
        var second = await colleague.GetPageAsync(url);
        await lead.SubmitAsync(first, "form#findings-form", new Dictionary<string, string> { ["Form.Opinion"] = "Prva verzija mišljenja" });

        var refused = await TestClient.ParseAsync(await colleague.SubmitAsync(second, "form#findings-form",
            new Dictionary<string, string> { ["Form.Opinion"] = "Druga verzija", ["Form.Forms"] = "NoSuchForm" }));
        var resent = await TestClient.ParseAsync(await colleague.SubmitAsync(refused, "form#findings-form"));

        Assert.Equal(Ui.Text("Validation.UnknownOption"), refused.QuerySelector("#Form_Forms-error")!.TextContent);
        Assert.Equal(second.QuerySelector("#Form_Version")!.GetAttribute("value"), refused.QuerySelector("#Form_Version")!.GetAttribute("value"));
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), resent.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Druga verzija", resent.QuerySelector("#Form_Opinion")!.TextContent);
        Assert.Equal("Prva verzija mišljenja", (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.CaseId == file.Id))).Opinion);
    }

    [Fact]
    public async Task A_checklist_refused_for_what_was_typed_keeps_the_version_it_was_opened_with_so_a_change_made_meanwhile_is_still_told()
    {
        using var lead = await AsAsync("radnik");
        await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-checklist");
        using var colleague = await AsAsync("radnik2");
        var first = await lead.GetPageAsync($"/Identification/Checklist/{file.Id}");
        var second = await colleague.GetPageAsync($"/Identification/Checklist/{file.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(first, "form#checklist-form", Answers(first, ("DeceptiveOffer", IndicatorAnswer.Present)))).StatusCode);
        var fields = Answers(second, ("DocumentsWithheld", IndicatorAnswer.Present));
        var source = second.QuerySelector("fieldset[data-indicator='DocumentsWithheld'] input[type=hidden]")!.GetAttribute("name")!.Replace(".Code", ".Source", StringComparison.Ordinal);
        fields[source] = new string('x', IndicatorResponse.SourceMaxLength + 1);

        var refused = await TestClient.ParseAsync(await colleague.SubmitAsync(second, "form#checklist-form", fields));
        var resent = await colleague.SubmitAsync(refused, "form#checklist-form", new Dictionary<string, string> { [source] = "Intervju" });

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(resent)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.PreliminaryChecklists.AsNoTracking().Include(c => c.Responses).SingleAsync(c => c.CaseId == file.Id));
        Assert.Equal(IndicatorAnswer.Present, saved.Responses.Single(r => r.IndicatorCode == "DeceptiveOffer").Answer);
        Assert.NotEqual(IndicatorAnswer.Present, saved.Responses.Single(r => r.IndicatorCode == "DocumentsWithheld").Answer);
    }

    [Fact]
    public async Task An_indicator_added_later_never_changes_a_checklist_already_started()
    {
        using var lead = await AsAsync("radnik");
        await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-checklist");
        await factory.WithDbAsync(db =>
        {
            db.IdentificationIndicators.Add(IdentificationIndicator.Introduce("PromisedMarriageAbroad", 2, IndicatorGroup.Recruitment, 5, new CodeListLabels("Obećan brak u inostranstvu", "Обећан брак у иностранству", "Promised marriage abroad")));
            return db.SaveChangesAsync();
        });
        var later = await factory.Arrange.Case().Coded(2026, 4102);
        await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{later.Id}"), "form#start-checklist");

        var old = await lead.GetPageAsync($"/Identification/Checklist/{file.Id}");
        var current = await lead.GetPageAsync($"/Identification/Checklist/{later.Id}");

        Assert.Null(old.QuerySelector("fieldset[data-indicator='PromisedMarriageAbroad']"));
        Assert.NotNull(current.QuerySelector("fieldset[data-indicator='PromisedMarriageAbroad']"));
        Assert.Equal(
            old.QuerySelectorAll("fieldset[data-indicator]").Length + 1,
            current.QuerySelectorAll("fieldset[data-indicator]").Length);
    }

    /// <summary>
    /// Each indicator's fields are named under its place in the form (Form.Answers[i]); a refused save shows the page
    /// again with every answer as typed and the error beside its field.
    /// </summary>
    [Fact]
    public async Task A_refused_checklist_keeps_every_answer_as_typed_and_names_the_field_in_error()
    {
        using var lead = await AsAsync("radnik");
        await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{file.Id}"), "form#start-checklist");
        var checklist = await lead.GetPageAsync($"/Identification/Checklist/{file.Id}");
        var fields = Answers(checklist, ("DeceptiveOffer", IndicatorAnswer.Present), ("DocumentsWithheld", IndicatorAnswer.Present));
        var tooLong = new string('x', IndicatorResponse.SourceMaxLength + 1);
        var documents = checklist.QuerySelector("fieldset[data-indicator='DocumentsWithheld'] input[type=hidden]")!.GetAttribute("name")!.Replace(".Code", ".Source", StringComparison.Ordinal);
        fields[documents] = tooLong;

        var response = await lead.SubmitAsync(checklist, "form#checklist-form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var offer = page.QuerySelector("fieldset[data-indicator='DeceptiveOffer']")!;
        Assert.Equal("Form.Answers[", offer.QuerySelector("input[type=hidden]")!.GetAttribute("name")![..13]);
        Assert.True(offer.QuerySelector("input[type=radio][value=Present]")!.HasAttribute("checked"));
        Assert.Equal("Intervju", offer.QuerySelector("input[name$='.Source']")!.GetAttribute("value"));
        var withheld = page.QuerySelector("fieldset[data-indicator='DocumentsWithheld']")!;
        Assert.Equal(tooLong, withheld.QuerySelector($"input[name='{documents}']")!.GetAttribute("value"));
        Assert.Equal(Ui.Text("Validation.TooLong", IndicatorResponse.SourceMaxLength), withheld.QuerySelector($"[data-valmsg-for='{documents}']")!.TextContent.Trim());
        Assert.Null((await factory.WithDbAsync(db => db.PreliminaryChecklists.AsNoTracking().Include(c => c.Responses).SingleAsync(c => c.CaseId == file.Id)))
            .Responses.SingleOrDefault(r => r.Source == "Intervju"));
    }
}
