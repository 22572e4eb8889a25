using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

public sealed class CaseFileTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> OwnCaseAsync() => (await app.Factory.Arrange.Case()).Id;

    private Task<TestClient> CaseworkerAsync() => app.Factory.Arrange.SignedInAsync("radnik");

    private Task<CaseFile> CaseAsync(Guid id) =>
        app.Factory.WithDbAsync(db => db.Cases.Include(c => c.Notes).AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task A_malformed_checkbox_value_in_the_case_list_filter_is_ignored()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var code = await app.Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Code).SingleAsync());

        var page = await client.GetPageAsync($"/Cases?Code={code}&FollowUpDue=false%27&DecisionOverdue=on&AwaitingApproval=2");

        Assert.Contains(code, page.QuerySelector("table")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#case-filter input[type=checkbox][checked]"));
    }

    [Fact]
    public async Task The_lead_caseworker_writes_notes_moves_closes_and_reopens_the_case()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var url = $"/Cases/Details/{id}";

        await client.SubmitAsync(await client.GetPageAsync(url), "form#add-note", new Dictionary<string, string> { ["NoteForm.Text"] = "Prvi razgovor obavljen." });
        await client.SubmitAsync(await client.GetPageAsync(url), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "PresumedVictim");
        // The case page leads to the closing page; closing comes back to the case.
        var closing = $"/Cases/Close/{id}";
        Assert.Equal(closing, (await client.GetPageAsync(url)).QuerySelector("a#close-case-link")!.GetAttribute("href"));
        var close = await client.SubmitAsync(await client.GetPageAsync(closing), "form#close-case", new Dictionary<string, string> { ["CloseForm.ClosureReasonCode"] = "GoalsReached" });

        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal(url, close.Headers.Location!.OriginalString);
        var closed = await CaseAsync(id);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CaseStatus.PresumedVictim, closed.StatusBeforeClosure);
        Assert.Equal("Prvi razgovor obavljen.", Assert.Single(closed.Notes).Text);
        var page = await client.GetPageAsync(url);
        Assert.Contains("Prvi razgovor obavljen.", page.QuerySelector("#notes")!.TextContent);
        Assert.Null(page.QuerySelector("a#close-case-link"));
        Assert.Equal(url, (await client.Http.GetAsync(closing)).Headers.Location!.OriginalString);

        await client.SubmitAsync(page, "form[action$='/Reopen/" + id + "']");

        Assert.Equal(CaseStatus.PresumedVictim, (await CaseAsync(id)).Status);
    }

    [Fact]
    public async Task A_note_is_amended_by_a_new_note_that_points_to_it_and_the_original_stays()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var url = $"/Cases/Details/{id}";
        await client.SubmitAsync(await client.GetPageAsync(url), "form#add-note", new Dictionary<string, string> { ["NoteForm.Text"] = "Originalna beleška." });
        var original = Assert.Single((await CaseAsync(id)).Notes);

        await client.SubmitAsync(await client.GetPageAsync(url), "form#add-note", new Dictionary<string, string>
        {
            ["NoteForm.Text"] = "Dopuna: prevodilac je bio prisutan.",
            ["NoteForm.AmendsNoteId"] = original.Id.ToString(),
        });

        var notes = (await CaseAsync(id)).Notes;
        Assert.Equal(2, notes.Count);
        Assert.Equal("Originalna beleška.", notes.Single(n => n.Id == original.Id).Text);
        Assert.Equal(original.Id, notes.Single(n => n.Id != original.Id).AmendsNoteId);
    }

    [Fact]
    public async Task An_invalid_transition_and_a_stale_status_change_are_refused_with_a_clear_message()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var url = $"/Cases/Details/{id}";
        var stale = await client.GetPageAsync(url);
        await client.SubmitAsync(await client.GetPageAsync(url), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "PresumedVictim");

        var late = await client.SubmitAsync(stale, "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "Suspended");
        var invalid = await client.SubmitAsync(await client.GetPageAsync(url), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "Open");

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(late)).QuerySelector("#form-errors")!.TextContent);
        Assert.Contains(Ui.Text("Cases.Errors.InvalidTransition"), (await TestClient.ParseAsync(invalid)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(CaseStatus.PresumedVictim, (await CaseAsync(id)).Status);
    }

    /// <summary>
    /// A decision has findings, two authors, an approver and a line in the register: no button and no
    /// hand-made POST makes one. The case is a presumed victim, from where each of these was a move before.
    /// </summary>
    [Theory]
    [InlineData(CaseStatus.IdentifiedVictim)]
    [InlineData(CaseStatus.NotIdentified)]
    [InlineData(CaseStatus.Rejected)]
    public async Task A_decision_status_is_refused_as_a_move_and_not_offered_on_the_case_page(CaseStatus decision)
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var url = $"/Cases/Details/{id}";
        await client.SubmitAsync(await client.GetPageAsync(url), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "PresumedVictim");
        var before = await CaseAsync(id);

        var page = await client.GetPageAsync(url);
        var refused = await client.PostWithTokenAsync($"/Cases/Move/{id}", ("Version", before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Status", decision.ToString()));

        Assert.Contains(Ui.Text("Cases.Errors.DecisionOnlyByFindings"), (await TestClient.ParseAsync(refused)).QuerySelector("#form-errors")?.TextContent);
        Assert.Null(page.QuerySelector("#move-" + decision));
        Assert.NotNull(page.QuerySelector("#move-Suspended"));
        var after = await CaseAsync(id);
        Assert.Equal(CaseStatus.PresumedVictim, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.False(await app.Factory.WithDbAsync(db => db.Findings.AnyAsync(f => f.CaseId == id)));
    }

    [Fact]
    public async Task Closing_without_a_reason_is_refused_on_the_closing_page_and_the_typed_follow_up_kept()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();

        var viewsBefore = await ViewsAsync(id);
        var form = await client.GetPageAsync($"/Cases/Close/{id}");
        Assert.Equal(viewsBefore + 1, await ViewsAsync(id));

        var response = await client.SubmitAsync(form, "form#close-case", new Dictionary<string, string> { ["CloseForm.FollowUpOn"] = "01.06.2031." });

        var page = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ui.Text("Cases.Errors.ClosureReasonRequired"), page.QuerySelector("#CloseForm_ClosureReasonCode-error")!.TextContent);
        Assert.Equal("01.06.2031.", page.QuerySelector("#CloseForm_FollowUpOn")!.GetAttribute("value"));
        Assert.Equal(CaseStatus.Open, (await CaseAsync(id)).Status);

        // The refused form showed the closing page again, with the case's code: that view is audited too.
        Assert.NotNull(page.QuerySelector("a#back-to-case"));
        Assert.Equal(viewsBefore + 2, await ViewsAsync(id));

        // A reason chosen on the refused page closes the case.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "form#close-case", new Dictionary<string, string> { ["CloseForm.ClosureReasonCode"] = "GoalsReached" })).StatusCode);
        Assert.Equal(CaseStatus.Closed, (await CaseAsync(id)).Status);
    }

    [Fact]
    public async Task A_close_from_an_old_closing_page_is_refused_and_the_page_shown_again_closes_the_case_as_it_is_now()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var stale = await client.GetPageAsync($"/Cases/Close/{id}");
        await client.SubmitAsync(await client.GetPageAsync($"/Cases/Details/{id}"), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "PresumedVictim");

        var late = await TestClient.ParseAsync(await client.SubmitAsync(stale, "form#close-case", new Dictionary<string, string> { ["CloseForm.ClosureReasonCode"] = "GoalsReached" }));

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), late.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(CaseStatus.PresumedVictim, (await CaseAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(late, "form#close-case")).StatusCode);
        var closed = await CaseAsync(id);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal("GoalsReached", closed.ClosureReasonCode);
    }

    [Fact]
    public async Task A_close_refused_for_its_reason_still_catches_a_change_made_meanwhile()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        var closing = await client.GetPageAsync($"/Cases/Close/{id}");
        await client.SubmitAsync(await client.GetPageAsync($"/Cases/Details/{id}"), "form[action$='/Move/" + id + "']", submitName: "Status", submitValue: "PresumedVictim");

        // Refused for the missing reason: the page shows the case's status now and still carries the version it was opened at.
        var refused = await TestClient.ParseAsync(await client.SubmitAsync(closing, "form#close-case"));
        Assert.Equal(Ui.Text("Cases.Errors.ClosureReasonRequired"), refused.QuerySelector("#CloseForm_ClosureReasonCode-error")!.TextContent);
        Assert.Equal(Ui.Text("Cases.Status.PresumedVictim"), refused.QuerySelector("#case-status")!.TextContent.Trim());

        var late = await TestClient.ParseAsync(await client.SubmitAsync(refused, "form#close-case", new Dictionary<string, string> { ["CloseForm.ClosureReasonCode"] = "GoalsReached" }));
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), late.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(CaseStatus.PresumedVictim, (await CaseAsync(id)).Status);
    }

    private Task<int> ViewsAsync(Guid id) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed));

    [Fact]
    public async Task A_caseworker_lists_only_their_own_cases()
    {
        var id = await OwnCaseAsync();
        using var client = await CaseworkerAsync();
        using var other = app.Factory.CreateTestClient();
        await other.SignInAsync("radnik2");

        var mine = await client.GetPageAsync("/Cases");
        var theirs = await other.GetPageAsync("/Cases");

        Assert.NotNull(mine.QuerySelector($"#cases a[href='/Cases/Details/{id}']"));
        Assert.Null(theirs.QuerySelector($"#cases a[href='/Cases/Details/{id}']"));
    }
}
