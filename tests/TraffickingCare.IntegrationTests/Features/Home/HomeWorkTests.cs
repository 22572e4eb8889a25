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
}
