using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

public sealed class DecisionClockTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private readonly DecisionArrange arrange;

    public DecisionClockTests() => arrange = new DecisionArrange(factory);

    public async Task InitializeAsync()
    {
        using var _ = factory.CreateTestClient();
        await arrange.LoadUsersAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>The home page's overdue line for a user's panel, or null when nothing is overdue. A new sign-in each time: the fake clock ends idle sessions.</summary>
    private static async Task<string?> OverdueLineAsync(AppFactory app, string user, string panel)
    {
        using var client = app.CreateTestClient();
        await client.SignInAsync(user);
        return (await client.GetPageAsync("/")).QuerySelector($"#decisions-overdue-{panel} a")?.TextContent;
    }

    private async Task<List<string>> OverdueListAsync(string user)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);
        var home = await client.GetPageAsync("/");
        var list = await client.GetPageAsync(home.QuerySelector("[id^=decisions-overdue-] a")!.GetAttribute("href")!);
        Assert.NotNull(list.QuerySelector("#c-decision-overdue[checked]"));
        return list.QuerySelectorAll("#cases tbody tr td:first-child a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task A_case_is_overdue_24_hours_after_its_first_findings_until_the_decision_is_approved()
    {
        var started = await arrange.CaseAsync(2025, 1, "radnik");
        await arrange.CaseAsync(2025, 2, "radnik2");
        var draft = arrange.Draft(started.Id, "radnik", "radnik2", IdentificationDecision.NotIdentified);
        await arrange.SaveAsync(draft);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Null(await OverdueLineAsync(factory, "koordinator", "Coordinator"));

        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(Ui.Text("Home.Cases.DecisionsOverdue", 1), await OverdueLineAsync(factory, "koordinator", "Coordinator"));
        Assert.Equal(Ui.Text("Home.Cases.DecisionsOverdue", 1), await OverdueLineAsync(factory, "radnik", "Caseworker"));
        Assert.Null(await OverdueLineAsync(factory, "radnik2", "Caseworker"));
        Assert.Equal(["CZZ-2025-0001"], await OverdueListAsync("koordinator"));

        await factory.WithDbAsync(async db =>
        {
            var findings = await db.Findings.SingleAsync(f => f.Id == draft.Id);
            arrange.Approve(findings, new DateOnly(2025, 6, 1));
            await db.SaveChangesAsync();
        });
        await arrange.RecordOnCaseAsync(await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == draft.Id)));
        Assert.Null(await OverdueLineAsync(factory, "koordinator", "Coordinator"));
    }

    [Fact]
    public async Task A_case_is_overdue_30_days_after_its_referral_arrived_or_without_one_after_it_was_opened()
    {
        var now = arrange.Now;
        var referral = Referral.Log(
            new ReferralReceipt(now.AddDays(-29), "Phone", "Police", null, null, null, ReferredPerson.Unknown, null, UrgencyIndicators.None),
            ResponseTargets.Default,
            arrange.Users["radnik"],
            now);
        await factory.WithDbAsync(db =>
        {
            db.Referrals.Add(referral);
            return db.SaveChangesAsync();
        });

        // The referral's arrival counts, not the later opening of the case.
        await arrange.CaseAsync(2025, 1, "radnik", referralId: referral.Id, openedAtUtc: now.AddDays(-28));
        await arrange.CaseAsync(2025, 2, "radnik2", openedAtUtc: now.AddDays(-29.5));
        var closed = await arrange.CaseAsync(2025, 3, "radnik", openedAtUtc: now.AddDays(-40));
        var decided = await arrange.CaseAsync(2025, 4, "radnik", openedAtUtc: now.AddDays(-40));
        var suspended = await arrange.CaseAsync(2025, 5, "radnik", openedAtUtc: now.AddDays(-40));
        await factory.WithDbAsync(async db =>
        {
            var file = await db.Cases.SingleAsync(c => c.Id == closed.Id);
            file.Close("GoalsReached", null, now);

            // A suspended procedure (contact lost) has stopped its clock.
            (await db.Cases.SingleAsync(c => c.Id == suspended.Id)).MoveTo(TraffickingCare.Domain.Cases.CaseStatus.Suspended, new DateOnly(2025, 6, 1));
            await db.SaveChangesAsync();
        });
        await arrange.FinalAsync(decided.Id, "radnik", "radnik2", IdentificationDecision.Rejected, new DateOnly(2025, 6, 1));
        Assert.Null(await OverdueLineAsync(factory, "koordinator", "Coordinator"));

        // Exactly 30 days after the referral: not yet overdue; the case without a referral is.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(["CZZ-2025-0002"], await OverdueListAsync("koordinator"));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Ui.Text("Home.Cases.DecisionsOverdue", 2), await OverdueLineAsync(factory, "koordinator", "Coordinator"));
        Assert.Equal(["CZZ-2025-0001", "CZZ-2025-0002"], await OverdueListAsync("koordinator"));
        Assert.Equal(["CZZ-2025-0001"], await OverdueListAsync("radnik"));
    }

    [Fact]
    public async Task The_panel_target_comes_from_configuration()
    {
        await using var custom = new AppFactory();
        custom.Settings["Identification:PanelDecisionTarget"] = "02:00:00";
        var customArrange = new DecisionArrange(custom);
        using (custom.CreateTestClient())
        {
            await customArrange.LoadUsersAsync();
        }

        var file = await customArrange.CaseAsync(2025, 1, "radnik");
        await customArrange.SaveAsync(customArrange.Draft(file.Id, "radnik", "radnik2", IdentificationDecision.Suspended));

        custom.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Null(await OverdueLineAsync(custom, "koordinator", "Coordinator"));

        custom.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(Ui.Text("Home.Cases.DecisionsOverdue", 1), await OverdueLineAsync(custom, "koordinator", "Coordinator"));
    }
}
