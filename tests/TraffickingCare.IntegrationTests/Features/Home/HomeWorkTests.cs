using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Home;

public sealed class HomeWorkTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_coordinator_sees_waiting_overdue_and_unassigned_referrals_and_a_caseworker_only_their_own()
    {
        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        await factory.Arrange.Referral().Urgent().Overdue();
        await factory.Arrange.Referral().Urgent().ReceivedAgo(TimeSpan.FromMinutes(5));

        var home = await coordinator.GetPageAsync("/");

        var work = home.QuerySelector("#referral-work-Coordinator")!.TextContent;
        Assert.Contains(Ui.Text("Home.Referrals.Awaiting", 2), work);
        Assert.Contains(Ui.Text("Home.Referrals.Overdue", 1), work);
        Assert.Contains(Ui.Text("Home.Referrals.Unassigned", 2), work);

        using var caseworker = factory.CreateTestClient();
        await caseworker.SignInAsync("radnik");
        var own = await caseworker.GetPageAsync("/");
        Assert.Null(own.QuerySelector("#referral-work-Caseworker"));
        Assert.Contains(Ui.Text("Home.Panel.Caseworker.Empty"), own.Body!.TextContent);
    }

    [Fact]
    public async Task The_coordinator_sees_the_caseload_by_status_counted_in_the_database()
    {
        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        await factory.Arrange.Case();
        await factory.Arrange.Case().PresumedVictim(new DateOnly(2024, 5, 1));
        await factory.Arrange.Case().PresumedVictim(new DateOnly(2024, 5, 2));

        var home = await coordinator.GetPageAsync("/");

        var work = home.QuerySelector("#case-work-Coordinator")!.TextContent;
        Assert.Contains(Ui.Text("Home.Cases.ByStatus", Ui.Text("Cases.Status.Open"), 1), work);
        Assert.Contains(Ui.Text("Home.Cases.ByStatus", Ui.Text("Cases.Status.PresumedVictim"), 2), work);
    }

    [Fact]
    public async Task A_caseworker_sees_the_follow_ups_due_on_their_closed_cases_and_the_list_shows_just_those()
    {
        using var caseworker = factory.CreateTestClient();
        await caseworker.SignInAsync("radnik");
        var today = DateOnly.FromDateTime(TraffickingCare.Web.Infrastructure.Time.CentreClock.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));
        async Task ClosedAsync(int sequence, string lead, DateOnly? followUp) =>
            await factory.Arrange.Case().Coded(2023, sequence).LedBy(lead).OpenedAt(factory.Arrange.Now.AddDays(-sequence))
                .With((file, now) => file.Close("GoalsReached", followUp, now));

        await ClosedAsync(1, "radnik", today.AddDays(-1));
        await ClosedAsync(2, "radnik", today);
        await ClosedAsync(3, "radnik", today.AddDays(7));
        await ClosedAsync(4, "radnik", null);
        await ClosedAsync(5, "radnik2", today.AddDays(-3));

        var home = await caseworker.GetPageAsync("/");
        var link = home.QuerySelector("#follow-ups-Caseworker a")!;
        Assert.Equal(Ui.Text("Home.Cases.FollowUpsDue", 2), link.TextContent);

        var list = await caseworker.GetPageAsync(link.GetAttribute("href")!);
        var codes = list.QuerySelectorAll("#cases tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(["CZZ-2023-0001", "CZZ-2023-0002"], codes);

        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        Assert.Equal(Ui.Text("Home.Cases.FollowUpsDue", 3), (await coordinator.GetPageAsync("/")).QuerySelector("#follow-ups-Coordinator a")!.TextContent);
    }
}
