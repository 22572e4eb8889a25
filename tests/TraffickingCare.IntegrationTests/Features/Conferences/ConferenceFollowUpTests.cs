using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Features.Network;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>After a conference: its action items on the owner's "Moj rad" and the coordinator's home, and the partners who came as the network's last contact.</summary>
public sealed class ConferenceFollowUpTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = null!;

    public async Task InitializeAsync() => users = await factory.Arrange.UserIdsAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<CaseConference> HeldAsync(CaseFile file, Partner? present = null, Action<CaseConference>? during = null, string? shelterStaff = null)
    {
        var now = factory.Arrange.Now;
        List<ParticipantDetails> participants = [new(ParticipantKind.Staff, UserId: users["radnik"])];
        if (present is not null)
        {
            participants.Add(new(ParticipantKind.Partner, PartnerId: present.Id, Role: "pedagog"));
        }

        if (shelterStaff is not null)
        {
            participants.Add(new(ParticipantKind.Staff, UserId: users[shelterStaff]));
        }

        var conference = CaseConference.Schedule(file.Id, new ConferencePlan(now.AddHours(1), 60, ConferencePlace.Remote, null, users["radnik"], participants, [new AgendaLine("Škola")]), now);
        conference.Record(new ConferenceRecord(conference.Participants.ToDictionary(p => p.Id, _ => Attendance.Present), new Dictionary<Guid, string?>(), null, null));
        during?.Invoke(conference);
        conference.Close(users["radnik"], now.AddHours(2));
        await factory.WithDbAsync(db =>
        {
            db.CaseConferences.Add(conference);
            return db.SaveChangesAsync();
        });
        return conference;
    }

    [Fact]
    public async Task An_open_action_item_is_on_its_owners_moj_rad_and_nobody_elses()
    {
        var file = await factory.Arrange.Case();
        var today = factory.Arrange.Today;
        var conference = await HeldAsync(file, during: c =>
        {
            c.AddActionItem("Pozvati školu", users["radnik"], null, today.AddDays(2), today);
            c.AddActionItem("Spoljni nosilac", null, "Dom zdravlja, pedijatar", today.AddDays(2), today);
        });

        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var work = await radnik.GetPageAsync("/Work");
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var other = await radnik2.GetPageAsync("/Work");

        var row = Assert.Single(work.QuerySelectorAll("tr.work-item"), r => r.TextContent.Contains(Ui.Text("Conferences.Work.Kind"), StringComparison.Ordinal));
        Assert.Contains(file.Code, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(CentreClock.FormatDate(today.AddDays(2)), row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pozvati školu", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Conferences/{conference.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(Ui.Text("Conferences.Work.Kind"), other.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shelter_staff_invited_to_a_conference_find_the_items_they_own_without_the_conference_itself()
    {
        var file = await factory.Arrange.Case();
        var today = factory.Arrange.Today;
        await HeldAsync(file, shelterStaff: "prihvatiliste", during: c => c.AddActionItem("Pripremiti sobu", users["prihvatiliste"], null, today.AddDays(1), today));
        using var shelter = await factory.Arrange.SignedInAsync("prihvatiliste");

        var work = await shelter.GetPageAsync("/Work");

        var row = Assert.Single(work.QuerySelectorAll("tr.work-item"), r => r.TextContent.Contains(Ui.Text("Conferences.Work.Kind"), StringComparison.Ordinal));
        Assert.Contains(file.Code, row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a"));
        Assert.DoesNotContain("Pripremiti sobu", work.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinators_home_shows_the_overdue_action_items_once_their_day_has_passed()
    {
        var file = await factory.Arrange.Case();
        var today = factory.Arrange.Today;
        await HeldAsync(file, during: c => c.AddActionItem("Pozvati školu", users["radnik"], null, today.AddDays(1), today));
        using (var early = await factory.Arrange.SignedInAsync("koordinator"))
        {
            Assert.Null((await early.GetPageAsync("/")).QuerySelector("#conference-items-overdue"));
        }

        factory.Clock.Advance(TimeSpan.FromDays(2));
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var home = await coordinator.GetPageAsync("/");

        var panel = home.QuerySelector("#conference-items-overdue");
        Assert.NotNull(panel);
        Assert.Contains(Ui.Text("Conferences.Home.Overdue", 1), panel.TextContent, StringComparison.Ordinal);
        Assert.Contains(file.Code, panel.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_present_at_a_closed_conference_is_the_networks_last_contact_that_day()
    {
        var file = await factory.Arrange.Case();
        var school = await factory.PartnerAsync("OŠ Njegoš Niš", Sector.Education);
        var actor = await factory.ActorAsync(file.Id, school, "Schooling", factory.Arrange.Today.AddDays(-50));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var before = await radnik.GetPageAsync($"/Cases/{file.Id}/Network");
        Assert.NotNull(before.QuerySelector($"#network-table tr#actor-{actor.Id} [data-stale=true]"));

        var conference = await HeldAsync(file, school);
        var after = await radnik.GetPageAsync($"/Cases/{file.Id}/Network");

        var row = after.QuerySelector($"#network-table tr#actor-{actor.Id}")!;
        Assert.Null(row.QuerySelector("[data-stale=true]"));
        Assert.Contains(CentreClock.FormatDate(DateOnly.FromDateTime(conference.StartsAtUtc)), row.TextContent, StringComparison.Ordinal);
    }
}
