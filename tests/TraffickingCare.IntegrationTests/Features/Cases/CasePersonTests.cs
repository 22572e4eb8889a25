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
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(await client.GetPageAsync($"/Cases/Details/{id}"), "form#person-form", fields)).StatusCode);

    [Fact]
    public async Task The_team_records_the_person_encrypted_and_management_sees_it_only_after_giving_a_reason()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SavePersonAsync(caseworker, id, new() { ["Person.FirstName"] = "Ivana", ["Person.LastName"] = "Izmišljenić", ["Person.PersonalIdNumber"] = "0101995715123" });

        var own = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        Assert.Equal("Izmišljenić", own.QuerySelector("#Person_LastName")!.GetAttribute("value"));

        using var management = await SignedInAsync("rukovodstvo");
        var hidden = await management.GetPageAsync($"/Cases/Details/{id}");
        Assert.DoesNotContain("Izmišljenić", hidden.Body!.TextContent);
        Assert.NotNull(hidden.QuerySelector("form#reveal-person"));

        var noReason = await management.SubmitAsync(hidden, "form#reveal-person");
        Assert.DoesNotContain("Izmišljenić", (await TestClient.ParseAsync(noReason)).Body!.TextContent);

        var revealed = await management.SubmitAsync(hidden, "form#reveal-person", new Dictionary<string, string> { ["reason"] = "Zahtev tužilaštva br. 12" });
        Assert.Contains("Izmišljenić", (await TestClient.ParseAsync(revealed)).QuerySelector("#person-revealed")!.TextContent);
        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id && a.EntityType == "CaseFile.Person"));
        Assert.Equal(AuditAction.Viewed, entry.Action);
        Assert.Equal("Zahtev tužilaštva br. 12", entry.Reason);
    }

    [Fact]
    public async Task An_invalid_personal_id_number_is_refused_and_everything_typed_is_kept()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");

        var response = await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Cases/Details/{id}"), "form#person-form",
            new Dictionary<string, string> { ["Person.FirstName"] = "Zadržana", ["Person.PersonalIdNumber"] = "12345" });

        var page = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ui.Text("People.Errors.PersonalIdNumberInvalid"), page.QuerySelector("#Person_PersonalIdNumber-error")!.TextContent);
        Assert.Equal("Zadržana", page.QuerySelector("#Person_FirstName")!.GetAttribute("value"));
        Assert.Null((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).PersonIdentityId);
    }

    [Fact]
    public async Task A_second_save_from_an_old_page_is_refused()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SavePersonAsync(caseworker, id, new() { ["Person.FirstName"] = "Prva" });
        var stale = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Cases/Details/{id}"), "form#person-form", new Dictionary<string, string> { ["Person.FirstName"] = "Druga" });

        var late = await caseworker.SubmitAsync(stale, "form#person-form", new Dictionary<string, string> { ["Person.FirstName"] = "Treća" });

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(late)).QuerySelector("#form-errors")!.TextContent);
        var personId = (await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).PersonIdentityId;
        Assert.Equal("Druga", (await app.Factory.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == personId))).FirstName);
    }

    [Fact]
    public async Task Another_caseworker_cannot_write_the_person_of_a_case_they_are_not_on()
    {
        var id = await CaseLedByRadnikAsync();
        using var other = await SignedInAsync("radnik2");

        var response = await other.PostWithTokenAsync($"/CasePerson/Save/{id}", ("Person.FirstName", "Upad"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).PersonIdentityId);
    }
}
