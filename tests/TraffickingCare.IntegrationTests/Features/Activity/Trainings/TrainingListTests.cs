using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>The list's filters and its cost. Its trainings are held in years no other test uses, so the rows are this class's own.</summary>
public sealed class TrainingListTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_year_the_sector_and_the_municipality_each_narrow_the_list()
    {
        var police = await Factory.TrainingAsync("Filter policija Kraljevo", new DateOnly(2004, 3, 10), "RS-KRALJEVO", ("Police", 10), ("Judiciary", 2));
        var health = await Factory.TrainingAsync("Filter zdravstvo Niš", new DateOnly(2004, 9, 1), "RS-NIS", ("Health", 5), ("Police", 0));
        var later = await Factory.TrainingAsync("Filter policija Niš", new DateOnly(2005, 1, 20), "RS-NIS", ("Police", 3));
        using var rukovodstvo = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var year = await rukovodstvo.GetPageAsync("/Activity/Trainings?Year=2004");
        var sector = await rukovodstvo.GetPageAsync("/Activity/Trainings?Year=2004&Sector=Police");
        var municipality = await rukovodstvo.GetPageAsync("/Activity/Trainings?Year=2004&Municipality=RS-NIS");
        var everyYear = await rukovodstvo.GetPageAsync("/Activity/Trainings?Sector=Police&Municipality=RS-NIS");

        Assert.Equal([health.Id, police.Id], Rows(year));
        Assert.Equal([police.Id], Rows(sector));
        Assert.Equal("10", sector.QuerySelector($"#training-{police.Id} .sector-participants")!.TextContent.Trim());
        Assert.Equal("12", sector.QuerySelector($"#training-{police.Id} .participants")!.TextContent.Trim());
        Assert.Null(year.QuerySelector(".sector-participants"));
        Assert.Equal([health.Id], Rows(municipality));
        Assert.Contains(later.Id, Rows(everyYear));
        Assert.DoesNotContain(health.Id, Rows(everyYear));
        Assert.Equal("Police", sector.QuerySelector("#t-sector option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_page_of_the_list_costs_the_same_sql_commands_however_many_trainings_it_shows()
    {
        await Many(2);
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        counter.Reset();
        await koordinator.GetPageAsync("/Activity/Trainings?Year=2007&Sector=Police");
        var few = counter.Count;

        await Many(23);
        counter.Reset();
        var page = await koordinator.GetPageAsync("/Activity/Trainings?Year=2007&Sector=Police");

        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
        Assert.Equal(25, Rows(page).Count);
        Assert.Contains(Ui.Text("Activity.Trainings.List.Count", 25), page.QuerySelector("#training-count")!.TextContent);
    }

    private async Task Many(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Factory.TrainingAsync($"Obuka u nizu {i}", new DateOnly(2007, 1, 1).AddDays(i * 7), "RS-KRALJEVO", ("Police", 4), ("Health", 3), ("Education", 1));
        }
    }

    private static List<Guid> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#trainings tbody tr").Select(r => Guid.Parse(r.Id!["training-".Length..]))];
}
