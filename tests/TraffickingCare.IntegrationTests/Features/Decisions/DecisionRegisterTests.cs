using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

public sealed class DecisionRegisterTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private readonly DecisionArrange arrange;

    public DecisionRegisterTests() => arrange = new DecisionArrange(factory);

    public async Task InitializeAsync()
    {
        using var _ = factory.CreateTestClient();
        await TestUsers.CreateAsync(factory, "radnik3", Roles.Caseworker);
        await arrange.LoadUsersAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>
    /// A (2024, radnik's case): identified, sexual exploitation, by radnik and radnik2.
    /// B (2025, radnik2's case): not identified, by radnik2 and radnik3.
    /// C (2025, radnik2's case): identified, labour and begging, by radnik3 and radnik; corrected by revision 2 (labour only).
    /// D (radnik's case): a draft, never in the register.
    /// </summary>
    private async Task ArrangeRegisterAsync(bool restrictA = false)
    {
        var a = await arrange.CaseAsync(2024, 1, "radnik", restricted: restrictA);
        var b = await arrange.CaseAsync(2025, 1, "radnik2");
        var c = await arrange.CaseAsync(2025, 2, "radnik2");
        var d = await arrange.CaseAsync(2025, 3, "radnik");
        await arrange.FinalAsync(a.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2024, 3, 1), "SexualExploitation");
        await arrange.FinalAsync(b.Id, "radnik2", "radnik3", IdentificationDecision.NotIdentified, new DateOnly(2025, 2, 1));
        var first = await arrange.FinalAsync(c.Id, "radnik3", "radnik", IdentificationDecision.Identified, new DateOnly(2025, 6, 1), "ForcedLabour", "ForcedBegging");
        await arrange.CorrectAsync(first, "radnik3", new DateOnly(2025, 7, 1), "ForcedLabour");
        await arrange.SaveAsync(arrange.Draft(d.Id, "radnik", "radnik2", IdentificationDecision.Identified, "ForcedLabour"));
    }

    private Task<TestClient> SignedInAsync(string user) => factory.Arrange.SignedInAsync(user);

    private static List<string> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#decisions tbody tr").Select(tr => tr.QuerySelector("td a")!.TextContent + "/" + tr.Children[4].TextContent.Trim().Split(' ', '\n')[0]).ToList();

    [Fact]
    public async Task Every_final_revision_is_listed_newest_first_and_each_filter_narrows_it()
    {
        await ArrangeRegisterAsync();
        using var coordinator = await SignedInAsync("koordinator");
        async Task<List<string>> Get(string query) => Rows(await coordinator.GetPageAsync("/Decisions" + query));

        var all = await coordinator.GetPageAsync("/Decisions");

        Assert.Equal(["CZZ-2025-0002/2", "CZZ-2025-0002/1", "CZZ-2025-0001/1", "CZZ-2024-0001/1"], Rows(all));
        var corrected = all.QuerySelectorAll("#decisions tbody tr")[1];
        Assert.Contains(Ui.Text("Decisions.Register.CorrectedBy", 2), corrected.TextContent);
        Assert.Contains("Prinudno prosjačenje", corrected.TextContent);
        Assert.Contains("Identifikovana žrtva", corrected.TextContent);
        Assert.Contains("01.06.2025.", corrected.TextContent);
        Assert.Contains("Test radnik3", corrected.TextContent);
        Assert.Contains("Demo Koordinator", corrected.TextContent);
        Assert.Empty(all.QuerySelectorAll("#decisions tbody tr")[0].QuerySelectorAll(".corrected"));

        Assert.Equal(["CZZ-2024-0001/1"], await Get("?Year=2024"));
        Assert.Equal(["CZZ-2025-0002/2", "CZZ-2025-0002/1", "CZZ-2025-0001/1"], await Get("?Year=2025"));
        Assert.Equal(["CZZ-2025-0001/1"], await Get("?Outcome=NotIdentified"));
        Assert.Equal(["CZZ-2025-0002/2", "CZZ-2025-0002/1"], await Get("?Form=ForcedLabour"));
        Assert.Equal(["CZZ-2024-0001/1"], await Get("?Form=SexualExploitation"));
        Assert.Equal(["CZZ-2025-0002/2", "CZZ-2025-0002/1", "CZZ-2024-0001/1"], await Get($"?Author={arrange.Users["radnik"]}"));
        Assert.Equal(["CZZ-2025-0001/1", "CZZ-2024-0001/1"], await Get($"?Author={arrange.Users["radnik2"]}"));
        Assert.Equal(["CZZ-2025-0002/1"], await Get($"?Year=2025&Form=ForcedBegging&Outcome=Identified&Author={arrange.Users["radnik"]}"));
    }

    [Fact]
    public async Task In_a_large_centre_the_author_is_found_by_name_a_disabled_one_too_and_the_one_chosen_stays_offered()
    {
        await ArrangeRegisterAsync();
        using var coordinator = await SignedInAsync("koordinator");
        var byRadnik3 = $"/Decisions?Author={arrange.Users["radnik3"]}";
        var small = Rows(await coordinator.GetPageAsync(byRadnik3));
        Assert.NotEmpty(small);
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"autor-{i:00}");
        }

        var retired = await TestUsers.CaseworkerAsync(factory, "penzionisana", disabled: true);

        var before = await coordinator.GetPageAsync("/Decisions");
        Assert.Equal(Ui.Text("Decisions.Register.AuthorFindHint"), before.QuerySelector("#d-author-hint")!.TextContent.Trim());
        Assert.Empty(before.Offered("#d-author"));
        Assert.Equal([retired], (await coordinator.GetPageAsync("/Decisions?AuthorFind=penzion")).Offered("#d-author"));

        var chosen = await coordinator.GetPageAsync(byRadnik3);
        Assert.Equal([arrange.Users["radnik3"]], chosen.Offered("#d-author"));
        Assert.Equal(arrange.Users["radnik3"], chosen.QuerySelector<IHtmlSelectElement>("#d-author")!.Value);
        Assert.Equal(small, Rows(chosen));
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_decisions_of_cases_they_can_see_whatever_the_filter()
    {
        await ArrangeRegisterAsync();
        using var caseworker = await SignedInAsync("radnik");

        Assert.Equal(["CZZ-2024-0001/1"], Rows(await caseworker.GetPageAsync("/Decisions")));

        // radnik wrote C's findings but is not on its team: the register follows case access, not authorship.
        Assert.Empty(Rows(await caseworker.GetPageAsync($"/Decisions?Author={arrange.Users["radnik"]}&Year=2025")));
        Assert.Empty(Rows(await caseworker.GetPageAsync("/Decisions?Form=ForcedLabour")));
        Assert.Empty(Rows(await caseworker.GetPageAsync("/Decisions?Outcome=NotIdentified")));
    }

    [Fact]
    public async Task Management_does_not_see_the_decision_of_a_restricted_case_the_coordinator_does()
    {
        await ArrangeRegisterAsync(restrictA: true);
        using var management = await SignedInAsync("rukovodstvo");
        using var coordinator = await SignedInAsync("koordinator");

        var seen = Rows(await management.GetPageAsync("/Decisions"));

        Assert.Equal(["CZZ-2025-0002/2", "CZZ-2025-0002/1", "CZZ-2025-0001/1"], seen);
        Assert.Empty(Rows(await management.GetPageAsync("/Decisions?Year=2024")));
        Assert.Contains("CZZ-2024-0001/1", Rows(await coordinator.GetPageAsync("/Decisions")));
    }

    [Theory]
    [InlineData("prihvatiliste", "/Decisions")]
    [InlineData("prihvatiliste", "/Decisions/Export")]
    [InlineData("admin", "/Decisions")]
    [InlineData("admin", "/Decisions/Export")]
    public async Task Shelter_staff_and_administrators_are_refused(string user, string url)
    {
        using var client = await SignedInAsync(user);

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_number_of_sql_commands_per_page_does_not_grow_with_the_register()
    {
        using var coordinator = await SignedInAsync("koordinator");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        async Task SeedAsync(int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                var file = await arrange.CaseAsync(2025, i, i % 2 == 0 ? "radnik" : "radnik2");
                await arrange.FinalAsync(file.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2025, 1, 1).AddDays(i), "ForcedLabour", "SexualExploitation");
            }
        }

        await SeedAsync(1, 3);
        counter.Reset();
        var small = await coordinator.GetPageAsync("/Decisions");
        var commandsForSmall = counter.Count;

        await SeedAsync(4, 40);
        counter.Reset();
        var large = await coordinator.GetPageAsync("/Decisions");

        Assert.Equal(3, Rows(small).Count);
        Assert.Equal(25, Rows(large).Count);
        Assert.True(commandsForSmall > 0);
        Assert.Equal(commandsForSmall, counter.Count);
        Assert.Equal(18, Rows(await coordinator.GetPageAsync("/Decisions?page=2")).Count);
    }
}
