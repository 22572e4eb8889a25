using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

/// <summary>
/// The register counts up to <c>Decisions:CountLimit</c> (here 30): beyond, it says "more than 30", pages through the
/// newest 30 only, and the filters narrow the rest; under the limit the count is exact.
/// </summary>
public sealed class DecisionRegisterCountLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        factory.Settings["Decisions:CountLimit"] = "30";
        var arrange = new DecisionArrange(factory);
        using var _ = factory.CreateTestClient();
        await arrange.LoadUsersAsync();
        for (var i = 1; i <= 33; i++)
        {
            // Radnik leads the first three cases only: 3 decisions of theirs, 33 for the coordinator.
            var file = await arrange.CaseAsync(2025, i, i <= 3 ? "radnik" : "radnik2");
            await arrange.FinalAsync(file.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2025, 1, 1).AddDays(i), "ForcedLabour");
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Past_the_limit_the_register_says_more_than_it_and_pages_through_the_newest_only()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var first = await coordinator.GetPageAsync("/Decisions");
        var second = await coordinator.GetPageAsync("/Decisions?page=2");
        var beyond = await coordinator.GetPageAsync("/Decisions?page=3");

        Assert.Equal(Ui.Text("Decisions.Register.CountMoreThan", 30), first.QuerySelector("#decision-count")!.TextContent);
        Assert.Equal(25, first.QuerySelectorAll("#decisions tbody tr").Length);
        Assert.StartsWith("CZZ-2025-0033", first.QuerySelector("#decisions tbody tr td a")!.TextContent);
        Assert.Equal(5, second.QuerySelectorAll("#decisions tbody tr").Length);
        Assert.Contains(Ui.Text("Common.PageOf", 2, 2), second.QuerySelector(".pagination")!.TextContent);
        Assert.Equal(
            second.QuerySelectorAll("#decisions tbody tr td a").Select(a => a.TextContent),
            beyond.QuerySelectorAll("#decisions tbody tr td a").Select(a => a.TextContent));
        Assert.Equal("CZZ-2025-0004", second.QuerySelectorAll("#decisions tbody tr td a").Last().TextContent);
    }

    [Fact]
    public async Task Under_the_limit_the_count_is_exact()
    {
        using var caseworker = await factory.Arrange.SignedInAsync("radnik");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var own = await caseworker.GetPageAsync("/Decisions");
        var filtered = await coordinator.GetPageAsync("/Decisions?Year=2024");

        Assert.Equal(Ui.Text("Decisions.Register.Count", 3), own.QuerySelector("#decision-count")!.TextContent);
        Assert.Equal(3, own.QuerySelectorAll("#decisions tbody tr").Length);
        Assert.Equal(Ui.Text("Decisions.Register.Count", 0), filtered.QuerySelector("#decision-count")!.TextContent);
    }
}
