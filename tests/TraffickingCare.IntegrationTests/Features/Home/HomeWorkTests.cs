using TraffickingCare.Domain.Referrals;
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
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            var overdue = new ReferralReceipt(now.AddHours(-3), "Phone", "Police", null, null, null, ReferredPerson.Unknown, null, UrgencyIndicators.None with { Injured = true });
            var fresh = overdue with { ReceivedAtUtc = now.AddMinutes(-5) };
            db.Referrals.Add(Referral.Log(overdue, ResponseTargets.Default, "someone-else", now));
            db.Referrals.Add(Referral.Log(fresh, ResponseTargets.Default, "someone-else", now));
            return db.SaveChangesAsync();
        });

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
        await factory.WithDbAsync(db =>
        {
            var open = TraffickingCare.Domain.Cases.CaseFile.Open(TraffickingCare.Domain.Cases.CaseCode.For(2024, 1), "lead", DateTime.UtcNow);
            var presumed = TraffickingCare.Domain.Cases.CaseFile.Open(TraffickingCare.Domain.Cases.CaseCode.For(2024, 2), "lead", DateTime.UtcNow);
            var alsoPresumed = TraffickingCare.Domain.Cases.CaseFile.Open(TraffickingCare.Domain.Cases.CaseCode.For(2024, 3), "lead", DateTime.UtcNow);
            presumed.MoveTo(TraffickingCare.Domain.Cases.CaseStatus.PresumedVictim, new DateOnly(2024, 5, 1));
            alsoPresumed.MoveTo(TraffickingCare.Domain.Cases.CaseStatus.PresumedVictim, new DateOnly(2024, 5, 2));
            db.Cases.AddRange(open, presumed, alsoPresumed);
            return db.SaveChangesAsync();
        });

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
        var ids = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(db.Users, u => u.UserName!, u => u.Id));
        var today = DateOnly.FromDateTime(TraffickingCare.Web.Infrastructure.Time.CentreClock.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));
        TraffickingCare.Domain.Cases.CaseFile Closed(int sequence, string lead, DateOnly? followUp)
        {
            var file = TraffickingCare.Domain.Cases.CaseFile.Open(TraffickingCare.Domain.Cases.CaseCode.For(2023, sequence), lead, DateTime.UtcNow.AddDays(-sequence));
            file.Close("GoalsReached", followUp, DateTime.UtcNow);
            return file;
        }

        await factory.WithDbAsync(db =>
        {
            db.Cases.AddRange(
                Closed(1, ids["radnik"], today.AddDays(-1)),
                Closed(2, ids["radnik"], today),
                Closed(3, ids["radnik"], today.AddDays(7)),
                Closed(4, ids["radnik"], null),
                Closed(5, ids["radnik2"], today.AddDays(-3)));
            return db.SaveChangesAsync();
        });

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
