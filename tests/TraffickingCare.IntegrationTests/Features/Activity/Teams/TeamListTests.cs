using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Teams;

/// <summary>
/// The teams by region. The figures are read before and after arranging a few teams, so the test holds whatever
/// teams the app already has (a demo seed, another test of this class): only the difference is hand-computed.
/// </summary>
public sealed class TeamListTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_figures_by_region_count_teams_by_status_and_this_years_meetings()
    {
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        var before = Figures(await radnik.GetPageAsync("/Activity/Teams"));
        var today = Factory.Arrange.Today;
        var lastYear = new DateOnly(today.Year - 1, 6, 1);

        await Factory.TeamAsync("RS-NIS", LocalTeamStatus.Active, null, today, today.AddDays(-1 * (today.DayOfYear - 1)), lastYear);
        await Factory.TeamAsync("RS-LESKOVAC", LocalTeamStatus.BeingReestablished, null, today);
        await Factory.TeamAsync("RS-SUBOTICA", LocalTeamStatus.Inactive, null, lastYear);
        await Factory.TeamAsync("RS-KIKINDA", LocalTeamStatus.Active);
        await Factory.TeamAsync("RS-NOVA-OPSTINA-TEST", LocalTeamStatus.Active, null, today);
        var after = Figures(await radnik.GetPageAsync("/Activity/Teams"));

        // teams, active, being re-established, inactive, meetings this year
        Assert.Equal([2, 1, 1, 0, 3], Delta(before, after, "Južna i Istočna Srbija"));
        Assert.Equal([2, 1, 0, 1, 0], Delta(before, after, "Vojvodina"));
        Assert.Equal([0, 0, 0, 0, 0], Delta(before, after, "Beograd"));
        Assert.Equal([1, 1, 0, 0, 1], Delta(before, after, Ui.Text("Activity.TeamsPage.UnknownRegion")));
        Assert.Equal([5, 3, 1, 1, 4], Delta(before, after, "total"));
    }

    [Fact]
    public async Task The_teams_are_grouped_by_region_with_the_unknown_region_last_and_the_filter_keeps_one_status()
    {
        var nis = await Factory.TeamAsync("RS-PIROT", LocalTeamStatus.Inactive);
        var sabac = await Factory.TeamAsync("RS-SABAC", LocalTeamStatus.Active);
        var unknown = await Factory.TeamAsync("RS-JOS-JEDNA-TEST", LocalTeamStatus.Active);
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");

        var page = await koordinator.GetPageAsync("/Activity/Teams");

        var regions = page.QuerySelectorAll("section[id^='region-']").Select(s => s.Id).ToList();
        Assert.Equal("region-Unknown", regions[^1]);
        Assert.True(regions.IndexOf("region-SUMADIJA-ZAPADNA-SRBIJA") < regions.IndexOf("region-JUZNA-ISTOCNA-SRBIJA"));
        Assert.NotNull(page.QuerySelector($"#region-JUZNA-ISTOCNA-SRBIJA #team-{nis.Id}"));
        Assert.NotNull(page.QuerySelector($"#region-Unknown #team-{unknown.Id}"));
        var inactive = await koordinator.GetPageAsync("/Activity/Teams?Status=Inactive");
        Assert.NotNull(inactive.QuerySelector($"#team-{nis.Id}"));
        Assert.Null(inactive.QuerySelector($"#team-{sabac.Id}"));
        Assert.NotNull(inactive.QuerySelector("#t-status option[value='Inactive'][selected]"));
    }

    [Fact]
    public async Task The_list_costs_the_same_sql_commands_for_few_or_many_teams()
    {
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        await Factory.TeamAsync("RS-BROJ-0", LocalTeamStatus.Active, null, Factory.Arrange.Today);
        counter.Reset();
        await radnik.GetPageAsync("/Activity/Teams");
        var few = counter.Count;

        foreach (var code in new[] { "RS-VALJEVO", "RS-CACAK", "RS-UZICE", "RS-SOMBOR", "RS-RUMA", "RS-BROJ-1", "RS-BROJ-2" })
        {
            await Factory.TeamAsync(code, LocalTeamStatus.BeingReestablished, null, Factory.Arrange.Today, Factory.Arrange.Today);
        }

        counter.Reset();
        await radnik.GetPageAsync("/Activity/Teams");

        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
    }

    private static Dictionary<string, int[]> Figures(IHtmlDocument page) =>
        page.QuerySelectorAll("#team-counts tbody tr").ToDictionary(
            r => r.GetAttribute("data-region")!,
            r => r.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    private static int[] Delta(Dictionary<string, int[]> before, Dictionary<string, int[]> after, string region) =>
        [.. after[region].Select((n, i) => n - (before.TryGetValue(region, out var was) ? was[i] : 0))];
}
