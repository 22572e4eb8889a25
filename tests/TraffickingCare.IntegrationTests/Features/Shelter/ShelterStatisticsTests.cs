using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>
/// The shelter's figures for a period, computed from real placements: bed-days as nights (admission day counts,
/// exit day does not), stays ended in the period, exits by destination, across a year's end; a refused period
/// keeps what was typed; the SQL commands do not grow with the placements.
/// </summary>
public sealed class ShelterStatisticsTests : IAsyncLifetime
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private readonly AppFactory factory = new();
    private List<Bed> beds = [];

    public async Task InitializeAsync() => (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 3);

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task January_counts_a_stay_from_december_a_resident_still_in_and_a_same_day_stay()
    {
        await PlaceAsync(beds[0], new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 10), ExitDestination.IndependentLiving);
        await PlaceAsync(beds[1], new DateOnly(2026, 1, 5), exitedOn: null);
        await PlaceAsync(beds[2], new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 8), ExitDestination.Family);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync("/Shelter/Statistics?From=01.01.2026.&To=31.01.2026.");

        Assert.Contains("01.01.2026. – 31.01.2026.", page.QuerySelector("#statistics-period")!.TextContent);
        Assert.Equal("3", Text(page, "#s-beds"));
        Assert.Equal("3", Text(page, "#s-residents"));
        Assert.Equal("2", Text(page, "#s-admissions"));
        Assert.Equal("2", Text(page, "#s-exits"));

        // 1-4 Jan one resident, 5-9 Jan two (the same-day stay takes no night), 10-31 Jan one: 4 + 10 + 22.
        Assert.Equal("36", Text(page, "#s-bed-days"));
        Assert.Equal("2", Text(page, "#s-peak"));

        // Stays ended in January: 21 nights (20 Dec to 10 Jan) and 0.
        Assert.Equal("2", Text(page, "#s-stays"));
        Assert.Equal("10,5", Text(page, "#s-average-stay"));
        Assert.Equal("10,5", Text(page, "#s-median-stay"));
        Assert.Equal("1", Row(page, "#s-destinations", Ui.Text("Shelter.Destination.IndependentLiving")));
        Assert.Equal("1", Row(page, "#s-destinations", Ui.Text("Shelter.Destination.Family")));
        Assert.Equal("0", Row(page, "#s-destinations", Ui.Text("Shelter.Destination.Transferred")));
        Assert.Equal("3", Row(page, "#s-phases", Ui.Text("Shelter.Phase.Stabilisation")));
        var month = Assert.Single(page.QuerySelectorAll("#s-months tbody tr"));
        Assert.StartsWith("01.2026.", month.TextContent.Trim());
        Assert.Contains("36", month.TextContent);
    }

    [Fact]
    public async Task A_period_across_the_year_end_counts_each_month_and_the_stay_once()
    {
        await PlaceAsync(beds[0], new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 10), ExitDestination.IndependentLiving);
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");

        var page = await koordinator.GetPageAsync("/Shelter/Statistics?From=01.12.2025.&To=31.01.2026.");

        Assert.Equal("21", Text(page, "#s-bed-days"));
        Assert.Equal("1", Text(page, "#s-stays"));
        Assert.Equal("21,0", Text(page, "#s-median-stay"));
        var months = page.QuerySelectorAll("#s-months tbody tr")
            .Select(r => (Month: r.QuerySelector("th")!.TextContent.Trim(), BedDays: r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal([("12.2025.", "12"), ("01.2026.", "9")], months);
    }

    [Fact]
    public async Task A_period_reaching_past_today_counts_the_nights_up_to_last_night_only()
    {
        var today = factory.Arrange.Today;
        await PlaceAsync(beds[0], today.AddDays(-5), exitedOn: null);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync($"/Shelter/Statistics?From={CentreClock.FormatDate(today.AddDays(-10))}&To={CentreClock.FormatDate(today.AddDays(20))}");

        // Her five nights so far; tonight and the nights ahead are not spent yet. The average is over the ten nights
        // of the period already past.
        Assert.Equal("5", Text(page, "#s-bed-days"));
        Assert.StartsWith("0,5", Text(page, "#s-average-occupancy"));
        Assert.Equal(Ui.Text("Shelter.Statistics.NightsSoFar", 10, 31), page.QuerySelector("#s-nights-so-far")!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("#s-months tbody tr").Sum(r => int.Parse(r.QuerySelector("td")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_period_still_ahead_has_no_night_and_no_average()
    {
        var today = factory.Arrange.Today;
        await PlaceAsync(beds[0], today.AddDays(-5), exitedOn: null);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync($"/Shelter/Statistics?From={CentreClock.FormatDate(today.AddDays(1))}&To={CentreClock.FormatDate(today.AddDays(10))}");

        Assert.Equal(("0", "–", "0"), (Text(page, "#s-bed-days"), Text(page, "#s-average-occupancy"), Text(page, "#s-peak")));
        Assert.Equal(Ui.Text("Shelter.Statistics.NightsSoFar", 0, 10), page.QuerySelector("#s-nights-so-far")!.TextContent.Trim());
    }

    [Fact]
    public async Task Without_dates_the_page_shows_this_year_so_far()
    {
        using var prihvatiliste = await factory.Arrange.SignedInAsync("prihvatiliste");

        var page = await prihvatiliste.GetPageAsync("/Shelter/Statistics");

        var today = factory.Arrange.Today;
        Assert.Contains($"{CentreClock.FormatDate(new DateOnly(today.Year, 1, 1))} – {CentreClock.FormatDate(today)}", page.QuerySelector("#statistics-period")!.TextContent);
        Assert.Equal("0", Text(page, "#s-bed-days"));
    }

    [Theory]
    [InlineData("32.01.2026.", "31.01.2026.", "Shelter.Errors.Date")]
    [InlineData("31.01.2026.", "01.01.2026.", "Shelter.Statistics.Errors.Order")]
    [InlineData("01.01.2019.", "31.12.2025.", "Shelter.Statistics.Errors.TooLong")]
    public async Task A_refused_period_says_why_and_keeps_what_was_typed(string from, string to, string error)
    {
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync($"/Shelter/Statistics?From={Uri.EscapeDataString(from)}&To={Uri.EscapeDataString(to)}");

        Assert.Contains(Ui.Text(error), page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(from, page.QuerySelector("#s-from")!.GetAttribute("value"));
        Assert.Equal(to, page.QuerySelector("#s-to")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_placements()
    {
        await PlaceAsync(beds[0], January, January.AddDays(3), ExitDestination.Family);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");
        const string Address = "/Shelter/Statistics?From=01.01.2026.&To=31.12.2026.";
        await rukovodstvo.GetPageAsync(Address);
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        await rukovodstvo.GetPageAsync(Address);
        var few = counter.Count;
        for (var i = 1; i < 12; i++)
        {
            await PlaceAsync(beds[i % 3], January.AddDays(i * 20), January.AddDays((i * 20) + 5), ExitDestination.Transferred);
        }

        counter.Reset();
        var page = await rukovodstvo.GetPageAsync(Address);

        Assert.Equal("12", Text(page, "#s-stays"));
        Assert.Equal(few, counter.Count);
    }

    [Theory]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("radnik", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Management_shelter_staff_and_the_coordinator_read_the_figures_others_do_not(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter/Statistics")).StatusCode);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    private static string Row(IHtmlDocument page, string table, string label) =>
        page.QuerySelectorAll($"{table} tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label).QuerySelector("td")!.TextContent.Trim();

    private async Task PlaceAsync(Bed bed, DateOnly admittedOn, DateOnly? exitedOn, ExitDestination destination = ExitDestination.Family)
    {
        var file = await factory.Arrange.Case();
        var now = factory.Arrange.Now;
        var placement = Placement.Admit(file.Id, bed, CentreClock.ToUtc(admittedOn, new TimeOnly(10, 0)), admittedOn, null, now);
        if (exitedOn is { } exit)
        {
            placement.Exit(CentreClock.ToUtc(exit, new TimeOnly(18, 0)), exit, destination, null, now);
        }

        await factory.WithDbAsync(async db =>
        {
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
        });
    }
}
