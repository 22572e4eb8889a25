using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

/// <summary>
/// The register counts up to <c>Decisions:CountLimit</c> (here 25, one page): past it, it says "more than 25" and pages
/// through the newest 25 only, the filters narrowing the rest; at or under the limit the count is exact. 26 decisions:
/// one of 2024 and 25 of 2025, three of them on radnik's cases.
/// </summary>
public sealed class DecisionRegisterCountLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        factory.Settings["Decisions:CountLimit"] = "25";
        var arrange = new DecisionArrange(factory);
        using var _ = factory.CreateTestClient();
        await arrange.LoadUsersAsync();
        var older = await arrange.CaseAsync(2024, 1, "radnik2");
        await arrange.FinalAsync(older.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2024, 6, 1), "ForcedLabour");
        for (var i = 1; i <= 25; i++)
        {
            var file = await arrange.CaseAsync(2025, i, i <= 3 ? "radnik" : "radnik2");
            await arrange.FinalAsync(file.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2025, 1, 1).AddDays(i), "ForcedLabour");
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static List<string> Codes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#decisions tbody tr td a").Select(a => a.TextContent)];

    [Fact]
    public async Task Past_the_limit_the_register_says_more_than_it_and_pages_through_the_newest_only()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var first = await coordinator.GetPageAsync("/Decisions");
        var beyond = await coordinator.GetPageAsync("/Decisions?page=2");

        Assert.Equal(Ui.Text("Decisions.Register.CountMoreThan", 25), first.QuerySelector("#decision-count")!.TextContent);
        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(i => $"CZZ-2025-{i:0000}"), Codes(first));
        Assert.Null(first.QuerySelector(".pagination"));
        Assert.Equal(Codes(first), Codes(beyond));
    }

    [Fact]
    public async Task At_or_under_the_limit_the_count_is_exact()
    {
        using var caseworker = await factory.Arrange.SignedInAsync("radnik");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var atLimit = await coordinator.GetPageAsync("/Decisions?Year=2025");
        var own = await caseworker.GetPageAsync("/Decisions");
        var none = await coordinator.GetPageAsync("/Decisions?Year=2023");

        Assert.Equal(Ui.Text("Decisions.Register.Count", 25), atLimit.QuerySelector("#decision-count")!.TextContent);
        Assert.Equal(25, Codes(atLimit).Count);
        Assert.Equal(Ui.Text("Decisions.Register.Count", 3), own.QuerySelector("#decision-count")!.TextContent);
        Assert.Equal(["CZZ-2025-0003", "CZZ-2025-0002", "CZZ-2025-0001"], Codes(own));
        Assert.Equal(Ui.Text("Decisions.Register.Count", 0), none.QuerySelector("#decision-count")!.TextContent);
    }
}
