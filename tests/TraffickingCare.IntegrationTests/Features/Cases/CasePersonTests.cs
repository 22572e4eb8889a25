using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

public sealed class CasePersonTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> CaseLedByRadnikAsync() => (await app.Factory.Arrange.Case()).Id;

    private Task<TestClient> SignedInAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    private async Task SavePersonAsync(TestClient client, Guid id, Dictionary<string, string> fields) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(await client.GetPageAsync($"/Cases/Person/{id}"), "form#person-form", fields)).StatusCode);

    [Fact]
    public async Task The_team_records_the_person_encrypted_and_management_sees_it_only_after_giving_a_reason()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SavePersonAsync(caseworker, id, new() { ["Form.FirstName"] = "Ivana", ["Form.LastName"] = "Izmišljenić", ["Form.PersonalIdNumber"] = "0101995715123" });

        // The case page shows who the person is and leads to the person's page to correct it; the form is there only.
        var own = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        Assert.Contains("Izmišljenić", own.QuerySelector("#person-identity")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Ui.Text("People.Edit"), own.QuerySelector("a#edit-person")!.TextContent.Trim());
        Assert.Equal($"/Cases/Person/{id}", own.QuerySelector("a#edit-person")!.GetAttribute("href"));
        Assert.Null(own.QuerySelector("form#person-form"));
        var personPage = await caseworker.GetPageAsync($"/Cases/Person/{id}");
        Assert.Equal("Izmišljenić", personPage.QuerySelector("#Form_LastName")!.GetAttribute("value"));
        Assert.Equal("0101995715123", personPage.QuerySelector("#Form_PersonalIdNumber")!.GetAttribute("value"));

        using var management = await SignedInAsync("rukovodstvo");
        var hidden = await management.GetPageAsync($"/Cases/Details/{id}");
        Assert.DoesNotContain("Izmišljenić", hidden.Body!.TextContent);
        Assert.NotNull(hidden.QuerySelector("form#reveal-person"));

        var noReason = await management.SubmitAsync(hidden, "form#reveal-person");
        Assert.DoesNotContain("Izmišljenić", (await TestClient.ParseAsync(noReason)).Body!.TextContent);

        var revealed = await management.SubmitAsync(hidden, "form#reveal-person", new Dictionary<string, string> { ["reason"] = "Zahtev tužilaštva br. 12" });
        var revealedPage = await TestClient.ParseAsync(revealed);
        Assert.Contains("Izmišljenić", revealedPage.QuerySelector("#person-identity")!.TextContent, StringComparison.Ordinal);
        Assert.Null(revealedPage.QuerySelector("a#edit-person"));
        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id && a.EntityType == "CaseFile.Person"));
        Assert.Equal(AuditAction.Viewed, entry.Action);
        Assert.Equal("Zahtev tužilaštva br. 12", entry.Reason);
    }

    [Fact]
    public async Task An_invalid_personal_id_number_is_refused_and_everything_typed_is_kept()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");

        var form = await caseworker.GetPageAsync($"/Cases/Person/{id}");
        var views = await ViewsAsync(id);
        var response = await caseworker.SubmitAsync(form, "form#person-form",
            new Dictionary<string, string> { ["Form.FirstName"] = "Zadržana", ["Form.PersonalIdNumber"] = "12345" });
        Assert.Equal(views + 1, await ViewsAsync(id)); // the refused form shows the person again: a view of the case

        var page = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ui.Text("People.Errors.PersonalIdNumberInvalid"), page.QuerySelector("#Form_PersonalIdNumber-error")!.TextContent);
        Assert.Equal("Zadržana", page.QuerySelector("#Form_FirstName")!.GetAttribute("value"));
        Assert.Equal("12345", page.QuerySelector("#Form_PersonalIdNumber")!.GetAttribute("value"));
        Assert.Null((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).PersonIdentityId);
    }

    [Fact]
    public async Task A_second_save_from_an_old_page_is_refused_and_shows_what_is_saved_now()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SavePersonAsync(caseworker, id, new() { ["Form.FirstName"] = "Prva" });
        var stale = await caseworker.GetPageAsync($"/Cases/Person/{id}");
        await SavePersonAsync(caseworker, id, new() { ["Form.FirstName"] = "Druga" });

        var late = await TestClient.ParseAsync(await caseworker.SubmitAsync(stale, "form#person-form", new Dictionary<string, string> { ["Form.FirstName"] = "Treća" }));

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), late.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains("Druga", late.QuerySelector("#person-identity")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Treća", late.QuerySelector("#Form_FirstName")!.GetAttribute("value"));
        Assert.Equal("Druga", await FirstNameAsync(id));

        // The refused page carries the version it has shown: saving it again is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(late, "form#person-form")).StatusCode);
        Assert.Equal("Treća", await FirstNameAsync(id));
    }

    [Fact]
    public async Task The_case_page_offers_to_record_a_person_not_yet_known_and_the_persons_page_is_a_view_of_the_case()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");

        var casePage = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        Assert.Contains(Ui.Text("People.NoneRecorded"), casePage.QuerySelector("#person-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Ui.Text("People.Record"), casePage.QuerySelector("a#edit-person")!.TextContent.Trim());

        var before = await ViewsAsync(id);
        var personPage = await caseworker.GetPageAsync($"/Cases/Person/{id}");
        Assert.Equal("0", personPage.QuerySelector("#Form_Version")!.GetAttribute("value"));
        Assert.Equal(before + 1, await ViewsAsync(id));

        using var management = await SignedInAsync("rukovodstvo");
        Assert.Null((await management.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("a#edit-person"));
    }

    private Task<int> ViewsAsync(Guid caseId) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == caseId && a.EntityType == "CaseFile" && a.Action == AuditAction.Viewed));

    private async Task<string?> FirstNameAsync(Guid caseId)
    {
        var personId = (await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId))).PersonIdentityId;
        return (await app.Factory.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == personId))).FirstName;
    }

    [Fact]
    public async Task Another_caseworker_cannot_write_the_person_of_a_case_they_are_not_on()
    {
        var id = await CaseLedByRadnikAsync();
        using var other = await SignedInAsync("radnik2");

        var response = await other.PostWithTokenAsync($"/Cases/Person/{id}", ("Form.FirstName", "Upad"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Cases/Person/{id}")).StatusCode);
        Assert.Null((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).PersonIdentityId);
    }
}
