using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>
/// The conference figures of a year, computed from real conferences: the local day decides the year (New Year's
/// Eve late evening is the old year), cancelled conferences and their items are not held work, a sector counts when
/// one of its institutions was present; the SQL commands do not grow with the conferences; counts only, for the
/// coordinator and management.
/// </summary>
public sealed class ConferenceStatisticsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = null!;
    private Partner school = null!;
    private Partner police = null!;
    private Partner health = null!;

    public async Task InitializeAsync()
    {
        users = await factory.Arrange.UserIdsAsync();
        school = Partner.Create("OŠ Primer", Sector.Education, "RS-NIS");
        police = Partner.Create("PU Primer", Sector.Police, "RS-NIS");
        health = Partner.Create("Dom zdravlja Primer", Sector.Health, "RS-NIS");
        await factory.WithDbAsync(db =>
        {
            db.Partners.AddRange(school, police, health);
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_year_counts_held_conferences_their_cases_the_sectors_present_and_items_done_on_time()
    {
        var first = await factory.Arrange.Case();
        var second = await factory.Arrange.Case();
        await HeldAsync(first.Id, new DateOnly(2025, 3, 10), new TimeOnly(10, 0), [(school, Attendance.Present), (police, Attendance.Absent)], c =>
        {
            var day = new DateOnly(2025, 3, 10);
            var onTime = c.AddActionItem("Upis u školu", users["radnik"], null, new DateOnly(2025, 3, 20), day);
            var late = c.AddActionItem("Lekarski pregled", null, "Dom zdravlja", new DateOnly(2025, 3, 20), day);
            c.AddActionItem("Posete porodici", users["radnik"], null, new DateOnly(2025, 4, 1), day);
            var dropped = c.AddActionItem("Kurs jezika", users["radnik"], null, new DateOnly(2025, 4, 1), day);
            c.SettleActionItem(onTime.Id, ActionItemStatus.Done, new DateOnly(2025, 3, 18));
            c.SettleActionItem(late.Id, ActionItemStatus.Done, new DateOnly(2025, 4, 2));
            c.SettleActionItem(dropped.Id, ActionItemStatus.Dropped, new DateOnly(2025, 3, 25));
        });

        // New Year's Eve at half past eleven in Belgrade is still 2025, though already past midnight nowhere in UTC; a minute after midnight is 2026.
        await HeldAsync(first.Id, new DateOnly(2025, 12, 31), new TimeOnly(23, 30), [(school, Attendance.Present), (health, Attendance.Present)]);
        await HeldAsync(second.Id, new DateOnly(2026, 1, 1), new TimeOnly(0, 1), [(police, Attendance.Present)]);
        await HeldAsync(second.Id, new DateOnly(2024, 12, 31), new TimeOnly(23, 30), [(police, Attendance.Present)]);
        await HeldAsync(second.Id, new DateOnly(2025, 9, 1), new TimeOnly(9, 0), [(police, Attendance.Present)], c =>
        {
            c.AddActionItem("Nije dogovoreno", users["radnik"], null, new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 1));
            c.Cancel();
        }, close: false);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync("/Conferences/Statistics?Year=2025");

        Assert.Equal(("2", "1"), Figure(page, "#s-held"));
        Assert.Equal(("1", "1"), Figure(page, "#s-cases"));
        Assert.Equal(("1", "0"), Figure(page, "#s-cancelled"));
        Assert.Equal(("0", "0"), Figure(page, "#s-not-closed"));
        Assert.Equal(("4", "0"), Figure(page, "#s-items-due"));
        Assert.Equal(("1 (25%)", "0 (–)"), Figure(page, "#s-items-on-time"));
        Assert.Equal(("1", "0"), Figure(page, "#s-items-late"));
        Assert.Equal(("1", "0"), Figure(page, "#s-items-dropped"));
        Assert.StartsWith("1 ", Figure(page, "#s-items-open").Year, StringComparison.Ordinal);
        Assert.Contains(Ui.Text("Conferences.Statistics.Overdue", 1), Figure(page, "#s-items-open").Year, StringComparison.Ordinal);
        Assert.Equal(("2", "0"), SectorRow(page, Sector.Education));
        Assert.Equal(("1", "0"), SectorRow(page, Sector.Health));
        Assert.Equal(("0", "1"), SectorRow(page, Sector.Police));
        Assert.DoesNotContain(first.Code, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_year_the_page_shows_this_year_beside_the_last_and_the_coordinator_finds_it_from_the_calendar()
    {
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var calendar = await koordinator.GetPageAsync("/Conferences");

        var page = await koordinator.GetPageAsync(calendar.QuerySelector("#conference-statistics")!.GetAttribute("href")!);

        var year = factory.Arrange.Today.Year;
        var headers = page.QuerySelectorAll("#s-conferences thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([Ui.Text("Conferences.Statistics.Figure"), $"{year}", $"{year - 1}"], headers);
        Assert.Equal(("0", "0"), Figure(page, "#s-held"));
    }

    [Theory]
    [InlineData("dvehiljade")]
    [InlineData("1999")]
    [InlineData("2999")]
    public async Task A_refused_year_says_why_and_keeps_what_was_typed(string typed)
    {
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await rukovodstvo.GetPageAsync($"/Conferences/Statistics?Year={typed}");

        Assert.Contains(Ui.Text("Conferences.Statistics.Errors.Year", 2000, factory.Arrange.Today.Year), page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#s-year")!.GetAttribute("value"));
        Assert.Equal($"{factory.Arrange.Today.Year}", page.QuerySelectorAll("#s-conferences thead th")[1].TextContent.Trim());
    }

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_conferences()
    {
        var file = await factory.Arrange.Case();
        await HeldAsync(file.Id, new DateOnly(2025, 2, 1), new TimeOnly(10, 0), [(school, Attendance.Present)]);
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");
        const string Address = "/Conferences/Statistics?Year=2025";
        await rukovodstvo.GetPageAsync(Address);
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        await rukovodstvo.GetPageAsync(Address);
        var few = counter.Count;
        for (var i = 1; i < 8; i++)
        {
            var other = await factory.Arrange.Case();
            await HeldAsync(other.Id, new DateOnly(2025, 2, 1).AddDays(i * 30), new TimeOnly(10, 0), [(school, Attendance.Present), (health, Attendance.Present)],
                c => c.AddActionItem("Zadatak", users["radnik"], null, new DateOnly(2025, 12, 1), new DateOnly(2025, 2, 1)));
        }

        counter.Reset();
        var page = await rukovodstvo.GetPageAsync(Address);

        Assert.Equal("8", Figure(page, "#s-held").Year);
        Assert.Equal(few, counter.Count);
    }

    [Theory]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("radnik", HttpStatusCode.Forbidden)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task The_coordinator_and_management_read_the_figures_others_do_not(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Conferences/Statistics")).StatusCode);
    }

    private static (string Year, string Before) Figure(IHtmlDocument page, string row)
    {
        var cells = page.QuerySelectorAll($"{row} td").Select(c => c.TextContent.Trim()).ToList();
        return (cells[0], cells[1]);
    }

    private static (string Year, string Before) SectorRow(IHtmlDocument page, Sector sector)
    {
        var row = page.QuerySelector($"#s-sectors tr[data-sector='{sector}']");
        if (row is null)
        {
            return ("0", "0");
        }

        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        return (cells[0], cells[1]);
    }

    /// <summary>A conference on a local day and time, with the partners' attendance, held (closed) unless told.</summary>
    private async Task HeldAsync(Guid caseId, DateOnly day, TimeOnly time, (Partner Partner, Attendance Attendance)[] partners, Action<CaseConference>? during = null, bool close = true)
    {
        var startsAt = CentreClock.ToUtc(day, time);
        var conference = CaseConference.Schedule(caseId, new ConferencePlan(
            startsAt, 60, ConferencePlace.Remote, null, users["radnik"],
            [new(ParticipantKind.Staff, UserId: users["radnik"]), .. partners.Select(p => new ParticipantDetails(ParticipantKind.Partner, PartnerId: p.Partner.Id, Role: "predstavnik"))],
            [new AgendaLine("Plan podrške")]), startsAt.AddDays(-1));
        conference.Record(new ConferenceRecord(
            conference.Participants.ToDictionary(
                p => p.Id,
                p => p.PartnerId is { } id ? partners.Single(x => x.Partner.Id == id).Attendance : Attendance.Present),
            new Dictionary<Guid, string?>(), null, null));
        during?.Invoke(conference);
        if (close)
        {
            conference.Close(users["radnik"], startsAt.AddHours(1));
        }

        await factory.WithDbAsync(db =>
        {
            db.CaseConferences.Add(conference);
            return db.SaveChangesAsync();
        });
    }
}
