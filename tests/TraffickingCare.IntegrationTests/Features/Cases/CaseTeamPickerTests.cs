using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// The coordinator's team picker: a small centre's caseworkers all listed, a large centre's found by name (none listed
/// before a search, at most <see cref="CaseworkerOptionsQuery.FoundAtMost"/> after one), the case's team always offered.
/// </summary>
public sealed class CaseTeamPickerTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_small_centre_lists_every_caseworker_after_the_team_and_has_no_search()
    {
        var file = await factory.Arrange.Case();
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var page = await coordinator.GetPageAsync($"/Cases/Team/{file.Id}");

        Assert.Null(page.QuerySelector("#team-find-form"));
        Assert.Equal([await factory.Arrange.UserIdAsync("radnik")], Group(page, Ui.Text("Cases.Team.Members")));
        Assert.Contains(await factory.Arrange.UserIdAsync("radnik2"), Group(page, Ui.Text("Cases.Team.Caseworkers")));
        Assert.DoesNotContain(await factory.Arrange.UserIdAsync("radnik"), Group(page, Ui.Text("Cases.Team.Caseworkers")));
    }

    [Fact]
    public async Task A_large_centre_finds_caseworkers_by_name_lists_none_before_a_search_and_adds_one_found()
    {
        var file = await factory.Arrange.Case();
        var many = new List<string>();
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            many.Add(await TestUsers.CaseworkerAsync(factory, $"pick-{i:00}"));
        }

        var star = await TestUsers.CaseworkerAsync(factory, "zvezda");
        var disabled = await TestUsers.CaseworkerAsync(factory, "zvezda-bivsa", disabled: true);
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var url = $"/Cases/Team/{file.Id}";

        var before = await coordinator.GetPageAsync(url);
        Assert.NotNull(before.QuerySelector("form#team-find-form input#team-find[name='teamFind']"));
        Assert.Equal(Ui.Text("Cases.Team.FindHint"), Hint(before));
        Assert.Equal([await factory.Arrange.UserIdAsync("radnik")], Offered(before).Where(v => v != string.Empty));

        var found = await coordinator.GetPageAsync($"{url}?teamFind=ZVEZDA");
        Assert.Equal([star], Group(found, Ui.Text("Cases.Team.FoundGroup")));
        Assert.Equal(Ui.Text("Caseworkers.Found", 1), Hint(found));
        Assert.Equal("ZVEZDA", found.QuerySelector<IHtmlInputElement>("#team-find")!.Value);
        Assert.DoesNotContain(disabled, Offered(found));

        var first = await coordinator.GetPageAsync($"{url}?teamFind=pick-");
        Assert.Equal(many.Take(CaseworkerOptionsQuery.FoundAtMost), Group(first, Ui.Text("Cases.Team.FoundGroup")));
        Assert.Equal(Ui.Text("Caseworkers.FoundFirst", CaseworkerOptionsQuery.FoundAtMost), Hint(first));

        Assert.Equal(Ui.Text("Caseworkers.FoundNone"), Hint(await coordinator.GetPageAsync($"{url}?teamFind=%25")));
        Assert.Equal(Ui.Text("Caseworkers.FoundNone"), Hint(await coordinator.GetPageAsync($"{url}?teamFind=pick_")));

        // A change made meanwhile refuses the add as stale; the page shown again still offers and chooses the one found.
        await coordinator.SubmitAsync(before, "form#case-team-form", submitName: "Change", submitValue: "restrict");
        var refused = await TestClient.ParseAsync(await coordinator.SubmitAsync(found, "form#case-team-form", new Dictionary<string, string> { ["UserId"] = star }, "Change", "add"));
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(star, refused.QuerySelector("#team-user option[selected]")?.GetAttribute("value"));

        var added = await coordinator.SubmitAsync(refused, "form#case-team-form", submitName: "Change", submitValue: "add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(star, await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == file.Id).SelectMany(c => c.Team).Select(m => m.UserId).ToListAsync()));
        Assert.Contains(star, Group(await coordinator.GetPageAsync(url), Ui.Text("Cases.Team.Members")));
    }

    private static List<string> Offered(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#team-user option").Select(o => o.GetAttribute("value") ?? string.Empty)];

    private static List<string> Group(IHtmlDocument page, string label) =>
        [.. page.QuerySelectorAll("#team-user optgroup").Where(g => g.GetAttribute("label") == label).SelectMany(g => g.QuerySelectorAll("option")).Select(o => o.GetAttribute("value")!)];

    private static string Hint(IHtmlDocument page) => page.QuerySelector("#team-find-hint")!.TextContent.Trim();
}
