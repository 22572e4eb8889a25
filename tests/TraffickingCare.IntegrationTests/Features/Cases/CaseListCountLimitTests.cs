using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// The case list counts up to <c>Cases:CountLimit</c> (here 30: a page and five), as the two registers do: past it, it
/// says "more than 30" and pages through the first 30 in its order only, the filters narrowing the rest; at or under
/// the limit the count is exact. 25 cases of 2023's codes, opened a day apart, and 9 of 2022's, older.
/// </summary>
public sealed class CaseListCountLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        factory.Settings["Cases:CountLimit"] = "30";
        using var _ = factory.CreateTestClient();
        for (var i = 0; i < 25; i++)
        {
            await factory.Arrange.Case().Coded(2023, 100 + i).OpenedAt(new DateTime(2023, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i));
        }

        for (var i = 0; i < 9; i++)
        {
            await factory.Arrange.Case().Coded(2022, 100 + i).OpenedAt(new DateTime(2022, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i));
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static List<string> Codes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#cases tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Past_the_limit_the_list_says_more_than_it_and_pages_through_the_first_in_its_order_only()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var first = await coordinator.GetPageAsync("/Cases");
        var second = await coordinator.GetPageAsync("/Cases?page=2");
        var beyond = await coordinator.GetPageAsync("/Cases?page=3");

        Assert.Equal(Ui.Text("Cases.List.CountMoreThan", 30), first.QuerySelector("#case-count")!.TextContent);
        Assert.NotNull(first.QuerySelector(".pagination"));

        // The newest 25, newest first, are 2023's; the second page holds the five newest of 2022 and no more, and a
        // page past the limit shows the last one again. The other four of 2022 are found by their year.
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"CZZ-2023-{124 - i:D4}"), Codes(first));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"CZZ-2022-{108 - i:D4}"), Codes(second));
        Assert.Equal(Codes(second), Codes(beyond));
    }

    [Fact]
    public async Task At_or_under_the_limit_the_count_is_exact_and_a_year_is_listed_newest_first()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var atLimit = await coordinator.GetPageAsync("/Cases?Code=CZZ-2023");
        var under = await coordinator.GetPageAsync("/Cases?Code=CZZ-2022-");
        var none = await coordinator.GetPageAsync("/Cases?Code=CZZ-2021");

        Assert.Equal(Ui.Text("Cases.List.Count", 25), atLimit.QuerySelector("#case-count")!.TextContent);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"CZZ-2023-{124 - i:D4}"), Codes(atLimit));
        Assert.Equal(Ui.Text("Cases.List.Count", 9), under.QuerySelector("#case-count")!.TextContent);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"CZZ-2022-{108 - i:D4}"), Codes(under));
        Assert.Equal(Ui.Text("Cases.List.Count", 0), none.QuerySelector("#case-count")!.TextContent);
    }
}
