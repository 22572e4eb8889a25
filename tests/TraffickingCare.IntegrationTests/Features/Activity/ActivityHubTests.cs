using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity;

/// <summary>What the annual report counts of the Centre's activity, a year beside the year before, against hand-computed figures.</summary>
public sealed class ActivityHubTests(ActivityHubTests.Arranged arranged) : IClassFixture<ActivityHubTests.Arranged>
{
    private AppFactory Factory => arranged.Factory;

    [Fact]
    public async Task The_year_shows_trainings_participants_events_and_teams_beside_the_year_before()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await client.GetPageAsync("/Activity?Year=2025");

        Assert.Equal(("2", "1"), Row(page, "#a-trainings"));
        Assert.Equal(("1", "0"), Row(page, "#a-accredited"));
        Assert.Equal(("16", "8"), Row(page, "#a-hours"));
        Assert.Equal(("50", "100"), Row(page, "#a-participants"));
        Assert.Equal(("30", "50"), Row(page, "#a-women"));
        Assert.Equal(("20", "50"), Row(page, "#a-men"));
        Assert.Equal(("25", "100"), Row(page, "tr[data-sector='Police']"));
        Assert.Equal(("20", "0"), Row(page, "tr[data-sector='SocialProtection']"));
        Assert.Equal(("2", "0"), Row(page, "#a-events"));
        Assert.Equal(("1", "0"), Row(page, "tr[data-kind='EuDay']"));
        Assert.Equal(("3", "1"), Row(page, "#a-meetings"));
        Assert.Equal(("2", "1"), Row(page, "#a-teams-met"));
        Assert.Equal("2", page.QuerySelector("#a-teams tr[data-status='Active'] td")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#a-teams tr[data-status='Inactive'] td")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_year_out_of_range_is_refused_and_this_year_is_shown()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var page = await client.GetPageAsync("/Activity?Year=1999");

        Assert.Contains(Ui.Text("Activity.Hub.Errors.Year", 2000, Factory.Arrange.Today.Year), page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("1999", page.QuerySelector("#a-year")!.GetAttribute("value"));
        Assert.Contains(Factory.Arrange.Today.Year.ToString(), page.QuerySelector("#a-figures caption")!.TextContent);
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Caseworkers_the_coordinator_and_management_read_the_figures(string user, HttpStatusCode expected)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Activity")).StatusCode);
    }

    private static (string, string) Row(IHtmlDocument page, string selector)
    {
        var cells = page.QuerySelector(selector)!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        return (cells[0], cells[1]);
    }

    public sealed class Arranged : AppFixture
    {
        protected override async Task ArrangeAsync()
        {
            var a = new ActivityArrange(Factory);
            await a.TrainingAsync(new DateOnly(2025, 3, 10), "RS-KRALJEVO", true, 20, 15, ("SocialProtection", 20), ("Police", 15));
            await a.TrainingAsync(new DateOnly(2025, 6, 1), "RS-NIS", false, 10, 5, ("Police", 10), ("Judiciary", 5));
            await a.TrainingAsync(new DateOnly(2024, 6, 1), "RS-NIS", false, 50, 50, ("Police", 100));
            await a.EventAsync(new DateOnly(2025, 10, 18), AwarenessEventKind.EuDay, 300);
            await a.EventAsync(new DateOnly(2025, 7, 30), AwarenessEventKind.WorldDay, 200);
            await a.TeamAsync("RS-SMEDEREVO", LocalTeamStatus.Active, new DateOnly(2025, 2, 1), new DateOnly(2025, 9, 1), new DateOnly(2024, 5, 1));
            await a.TeamAsync("RS-NIS", LocalTeamStatus.Active, new DateOnly(2025, 3, 1));
            await a.TeamAsync("RS-PIROT", LocalTeamStatus.Inactive);
        }
    }
}
