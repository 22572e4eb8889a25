using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// One need-to-know rule for the person's story: management reads case notes, interview summaries, the
/// checklist's notes and the findings' sections (page and PDF) only with a recorded reason; the team without.
/// </summary>
public sealed class CaseStoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Note = "beleska-trag-5101 stanuje kod tetke u Kraljevu";
    private const string Summary = "sazetak-trag-5102 opisuje put preko granice";
    private const string ChecklistNote = "napomena-trag-5103 radila u kafani u Nišu";
    private const string InterviewPlace = "mesto-trag-5105 PS Vranje";
    private const string SourceInstitution = "ustanova-trag-5106 Dom zdravlja Bujanovac";
    private const string IndicatorSource = "izvor-trag-5107 komšinica";
    private const string Facts = "nalaz-trag-5104 dokumenti oduzeti";
    private sealed record Story(Guid CaseId, Guid FindingsId);

    private async Task<Story> CaseWithItsStoryAsync()
    {
        var users = await app.Factory.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id));
        var now = app.Factory.Arrange.Now;
        var file = await app.Factory.Arrange.Case().With((opened, at) => opened.AddNote(Note, opened.LeadCaseworkerId, at));
        var findings = FindingsAndOpinion.Draft(file.Id, users["radnik"]);
        findings.Edit(new FindingsSections("Osnov", "Izvori", Facts, "Analiza", "Mišljenje tima"), IdentificationDecision.NotIdentified, [], users["radnik2"], users["radnik"]);
        findings.Submit(now);
        findings.Approve(users["koordinator"], now, DateOnly.FromDateTime(now));
        await app.Factory.WithDbAsync(async db =>
        {
            var version = await db.IdentificationIndicators.MaxAsync(i => i.SetVersion);
            var checklist = PreliminaryChecklist.Start(file.Id, version, await db.IdentificationIndicators.ToListAsync());
            checklist.Answer(checklist.Responses.First().IndicatorCode, IndicatorAnswer.Present, IndicatorSource, ChecklistNote);
            db.PreliminaryChecklists.Add(checklist);
            db.Interviews.Add(Interview.Record(file.Id, DateOnly.FromDateTime(now), "Stručni radnik A", null, InterviewPlace, 60, Summary));
            db.InformationSources.Add(InformationSource.Record(file.Id, SourceInstitution, "Izveštaj lekara", DateOnly.FromDateTime(now)));
            db.Findings.Add(findings);
            await db.SaveChangesAsync();
        });
        return new Story(file.Id, findings.Id);
    }

    private Task<TestClient> AsAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    private Task<AuditEntry?> ReasonEntryAsync(Guid id, string type) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.SingleOrDefaultAsync(a => a.EntityId == id && a.EntityType == type && a.Reason != null));

    /// <summary>Management's page hides <paramref name="text"/> everywhere in its HTML (text, attributes, form fields) and offers the reason form.</summary>
    private static async Task<IHtmlDocument> HiddenAsync(TestClient management, string url, string text, string form)
    {
        var html = await management.Http.GetStringAsync(url);
        Assert.DoesNotContain(text, html, StringComparison.Ordinal);
        var page = await TestClient.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        Assert.NotNull(page.QuerySelector($"form#{form}"));
        return page;
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/Cases/Details/{case}", Note, "reveal-notes", "CaseFile.Notes")]
    [InlineData("/Identification/Case/{case}", Summary, "reveal-interviews", "CaseFile.Interviews")]
    [InlineData("/Identification/Case/{case}", InterviewPlace, "reveal-interviews", "CaseFile.Interviews")]
    [InlineData("/Identification/Case/{case}", SourceInstitution, "reveal-interviews", "CaseFile.Interviews")]
    [InlineData("/Identification/Checklist/{case}", ChecklistNote, "reveal-checklist", "CaseFile.Checklist")]
    [InlineData("/Identification/Checklist/{case}", IndicatorSource, "reveal-checklist", "CaseFile.Checklist")]
    [InlineData("/Identification/Findings/{findings}", Facts, "reveal-findings", "FindingsAndOpinion.Sections")]
    public async Task Management_reads_a_part_of_the_story_only_after_giving_a_reason_which_is_audited(string route, string text, string form, string auditType)
    {
        var story = await CaseWithItsStoryAsync();
        var url = route.Replace("{case}", story.CaseId.ToString()).Replace("{findings}", story.FindingsId.ToString());
        var entityId = route.Contains("{findings}", StringComparison.Ordinal) ? story.FindingsId : story.CaseId;
        using var management = await AsAsync("rukovodstvo");

        var page = await HiddenAsync(management, url, text, form);
        // Blank, or invisible characters only (zero-width space, word joiner, no-break space): not a reason.
        foreach (var empty in new[] { "  ", "\u200B\u2060\u00A0" })
        {
            var noReason = await HtmlAsync(await management.SubmitAsync(page, $"form#{form}", new Dictionary<string, string> { ["reason"] = empty }));
            Assert.DoesNotContain(text, noReason, StringComparison.Ordinal);
            Assert.Contains(Ui.Text("People.Errors.ReasonRequired"), noReason, StringComparison.Ordinal);
            Assert.Null(await ReasonEntryAsync(entityId, auditType));
        }

        // A reason refused for having no words comes back as typed, to be finished.
        var noWords = await TestClient.ParseAsync(await management.SubmitAsync(page, $"form#{form}", new Dictionary<string, string> { ["reason"] = "7/2026" }));
        Assert.Equal(Ui.Text("People.Errors.ReasonRequired"), noWords.QuerySelector($"#{form}-reason-error")!.TextContent.Trim());
        Assert.Equal("7/2026", noWords.QuerySelector($"#{form}-reason")!.TextContent);

        var shown = await HtmlAsync(await management.SubmitAsync(page, $"form#{form}", new Dictionary<string, string> { ["reason"] = "Nadzor postupanja br. 7" }));
        Assert.Contains(text, shown, StringComparison.Ordinal);
        var entry = await ReasonEntryAsync(entityId, auditType);
        Assert.Equal(AuditAction.Viewed, entry!.Action);
        Assert.Equal("Nadzor postupanja br. 7", entry.Reason);

        // A reason opens one page once: the next visit asks again.
        await HiddenAsync(management, url, text, form);
    }

    [Fact]
    public async Task A_reason_opens_only_the_part_it_was_given_for()
    {
        var story = await CaseWithItsStoryAsync();
        using var management = await AsAsync("rukovodstvo");
        var page = await HiddenAsync(management, $"/Cases/Details/{story.CaseId}", Note, "reveal-notes");

        var notes = await TestClient.ParseAsync(await management.SubmitAsync(page, "form#reveal-notes", new Dictionary<string, string> { ["reason"] = "Provera beleški" }));

        Assert.Contains(Note, notes.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(notes.QuerySelector("#person-identity"));
        Assert.Null(await ReasonEntryAsync(story.CaseId, "CaseFile.Person"));
    }

    [Fact]
    public async Task The_team_reads_every_part_without_a_reason()
    {
        var story = await CaseWithItsStoryAsync();
        using var lead = await AsAsync("radnik");

        Assert.Contains(Note, await lead.Http.GetStringAsync($"/Cases/Details/{story.CaseId}"), StringComparison.Ordinal);
        var identification = await lead.Http.GetStringAsync($"/Identification/Case/{story.CaseId}");
        Assert.Contains(Summary, identification, StringComparison.Ordinal);
        Assert.Contains(InterviewPlace, identification, StringComparison.Ordinal);
        Assert.Contains(SourceInstitution, identification, StringComparison.Ordinal);
        var checklist = await lead.Http.GetStringAsync($"/Identification/Checklist/{story.CaseId}");
        Assert.Contains(ChecklistNote, checklist, StringComparison.Ordinal);
        Assert.Contains(IndicatorSource, checklist, StringComparison.Ordinal);
        Assert.Contains(Facts, await lead.Http.GetStringAsync($"/Identification/Findings/{story.FindingsId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await lead.Http.GetAsync($"/Identification/Pdf/{story.FindingsId}")).StatusCode);
        Assert.False(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => (a.EntityId == story.CaseId || a.EntityId == story.FindingsId) && a.Reason != null)));
    }

    [Fact]
    public async Task Management_gets_the_findings_pdf_only_with_a_reason_recorded_before_the_download()
    {
        var story = await CaseWithItsStoryAsync();
        using var management = await AsAsync("rukovodstvo");

        var refused = await management.Http.GetAsync($"/Identification/Pdf/{story.FindingsId}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/Identification/Findings/{story.FindingsId}", refused.Headers.Location!.OriginalString);

        var page = await HiddenAsync(management, $"/Identification/Findings/{story.FindingsId}", Facts, "reveal-findings");
        var form = page.QuerySelector("form#reveal-findings")!;
        form.SetAttribute("action", page.QuerySelector("#reveal-findings-download")!.GetAttribute("formaction")!);
        var noReason = await management.SubmitAsync(page, "form#reveal-findings");
        Assert.Equal("text/html", noReason.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(Facts, await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == story.FindingsId && a.Action == AuditAction.Downloaded)));

        var download = await management.SubmitAsync(page, "form#reveal-findings", new Dictionary<string, string> { ["reason"] = "Zahtev suda za kopiju" });

        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("nalaz-trag-5104", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Equal("Zahtev suda za kopiju", (await ReasonEntryAsync(story.FindingsId, "FindingsAndOpinion.Sections"))!.Reason);
        Assert.True(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == story.FindingsId && a.Action == AuditAction.Downloaded)));
    }
}
