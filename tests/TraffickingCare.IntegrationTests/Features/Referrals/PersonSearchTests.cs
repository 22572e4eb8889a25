using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

/// <summary>
/// Before opening a case the coordinator sees the cases of people who match the referral, although
/// every name is stored encrypted: the blind index finds them across scripts and diacritics.
/// Each test uses its own synthetic names, because the fixture's database is shared.
/// </summary>
public sealed class PersonSearchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<CaseFile> CaseOfPersonAsync(int sequence, PersonIdentityDetails person) =>
        await app.Factory.Arrange.Case().Coded(2021, sequence).OfPerson(person);

    private async Task<Guid> WaitingReferralAsync(ReferredPerson person) =>
        (await app.Factory.Arrange.Referral().About(person).ReceivedAgo(TimeSpan.FromMinutes(10))).Id;

    private Task<TestClient> CoordinatorAsync() => app.Factory.Arrange.SignedInAsync("koordinator");

    private static List<string> MatchedCodes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#person-matches tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_referral_written_in_Cyrillic_finds_the_case_written_in_Latin_and_links_to_it_in_one_click()
    {
        var existing = await CaseOfPersonAsync(501, new PersonIdentityDetails("Đorđe", "Stanimirović"));
        var id = await WaitingReferralAsync(new ReferredPerson("Ђорђе Станимировић", null, null, null, null, null));
        using var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        Assert.Equal([existing.Code], MatchedCodes(page));
        Assert.Contains(Ui.Text("Referrals.PersonSearch.MatchedName", 2), page.QuerySelector("#person-matches tbody")!.TextContent);
        var response = await coordinator.SubmitAsync(page, "form.link-existing");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var referral = await app.Factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(ReferralStatus.Duplicate, referral.Status);
        Assert.Equal(existing.Id, referral.CaseId);
    }

    [Fact]
    public async Task The_coordinator_searches_by_name_without_diacritics_or_by_date_of_birth_and_the_search_is_audited_without_its_terms()
    {
        var existing = await CaseOfPersonAsync(502, new PersonIdentityDetails("Ljubinka", "Čolaković", "Buba", new DateOnly(2004, 2, 29)));
        var id = await WaitingReferralAsync(ReferredPerson.Unknown);
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");
        Assert.Empty(MatchedCodes(page));

        var byName = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.Name"] = "ljubinka colakovic" }));
        var byAlias = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.Name"] = "БУБА" }));
        var byBirth = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.DateOfBirth"] = "29.02.2004." }));
        var nobody = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.Name"] = "Kolaković Ljubica" }));

        Assert.Equal([existing.Code], MatchedCodes(byName));
        Assert.Equal([existing.Code], MatchedCodes(byAlias));
        Assert.Contains(existing.Code, MatchedCodes(byBirth));
        Assert.Empty(MatchedCodes(nobody));
        Assert.NotNull(nobody.QuerySelector("#person-matches-none"));
        Assert.Equal("Kolaković Ljubica", nobody.QuerySelector("#Triage_Search_Name")!.GetAttribute("value"));
        var searches = await app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == AuditAction.Searched).ToListAsync());
        Assert.Equal(4, searches.Count);
        Assert.All(searches, a => Assert.DoesNotContain("olakovi", (a.Changes ?? string.Empty) + a.Reason, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_search_with_a_date_of_birth_in_the_future_is_refused_and_keeps_what_was_typed()
    {
        var id = await WaitingReferralAsync(ReferredPerson.Unknown);
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        var refused = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string>
        {
            ["Triage.Search.Name"] = "Nevena",
            ["Triage.Search.DateOfBirth"] = "01.01.2999.",
        }));

        Assert.Equal(Ui.Text("Referrals.Errors.DateOfBirthInvalid"), refused.QuerySelector("#Triage_Search_DateOfBirth-error")!.TextContent);
        Assert.Equal("01.01.2999.", refused.QuerySelector("#Triage_Search_DateOfBirth")!.GetAttribute("value"));
        Assert.Equal("Nevena", refused.QuerySelector("#Triage_Search_Name")!.GetAttribute("value"));
        Assert.False(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == id && a.Action == AuditAction.Searched)));
    }

    [Fact]
    public async Task A_case_opened_from_a_referral_is_found_by_the_next_referral_of_the_same_person()
    {
        var first = await WaitingReferralAsync(new ReferredPerson("Vukašin Dragićević", null, null, new DateOnly(1999, 7, 3), null, null));
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{first}");
        var lead = await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());
        await coordinator.SubmitAsync(page, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "OpenCase",
            ["Triage.Form.LeadCaseworkerId"] = lead,
        });
        var opened = await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.ReferralId == first));

        var second = await WaitingReferralAsync(new ReferredPerson("DRAGICEVIC Vukasin", null, null, null, null, null));
        var next = await coordinator.GetPageAsync($"/Referrals/Details/{second}");

        Assert.Equal([opened.Code], MatchedCodes(next));
        var identity = await app.Factory.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == opened.PersonIdentityId));
        Assert.Equal("Vukašin Dragićević", identity.Alias);
        Assert.Equal(new DateOnly(1999, 7, 3), identity.DateOfBirth);
    }

    [Fact]
    public async Task The_index_holds_keyed_hashes_not_names_and_follows_a_correction()
    {
        var file = await CaseOfPersonAsync(503, new PersonIdentityDetails("Radmila", "Vujošević"));
        var tokens = await app.Factory.WithDbAsync(db => db.PersonSearchTokens.AsNoTracking().Where(t => t.PersonIdentityId == file.PersonIdentityId).ToListAsync());

        Assert.Equal(3, tokens.Count); // two name words and the stamp
        Assert.All(tokens, t => Assert.Matches("^[0-9a-f]{24}$", t.Token));
        var raw = await app.Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT Token AS Value FROM PersonSearchTokens").ToListAsync());
        Assert.DoesNotContain(raw, t => t.Contains("vujo", StringComparison.OrdinalIgnoreCase) || t.Contains("radmil", StringComparison.OrdinalIgnoreCase));

        // The team corrects the surname: the old one no longer finds the case, the new one does.
        using var lead = app.Factory.CreateTestClient();
        await lead.SignInAsync("radnik");
        var personPage = await lead.GetPageAsync($"/Cases/Person/{file.Id}");
        await lead.SubmitAsync(personPage, "form#person-form", new Dictionary<string, string> { ["Form.LastName"] = "Vujović" });
        var id = await WaitingReferralAsync(ReferredPerson.Unknown);
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        var old = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.Name"] = "Vujošević" }));
        var corrected = await TestClient.ParseAsync(await coordinator.SubmitAsync(page, "form#person-search", new Dictionary<string, string> { ["Triage.Search.Name"] = "Вујовић" }));

        Assert.DoesNotContain(file.Code, MatchedCodes(old));
        Assert.Contains(file.Code, MatchedCodes(corrected));
    }
}
