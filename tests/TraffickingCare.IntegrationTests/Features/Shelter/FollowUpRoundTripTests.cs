using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>Follow-up contacts after the exit: scheduled with the exit, listed on the assignee's "Moj rad", recorded once, counted.</summary>
public sealed class FollowUpRoundTripTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Placement placement = null!;

    private DateOnly Today => factory.Arrange.Today;

    private string Url => $"/Shelter/Placements/{placement.Id}";

    public async Task InitializeAsync()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 1);
        placement = await factory.Arrange.PlacementAsync(beds[0], daysAgo: 20);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<HttpResponseMessage> ExitAsync(TestClient staff, string followUpOn) =>
        await staff.SubmitAsync(await staff.GetPageAsync(Url), "form#exit", new Dictionary<string, string>
        {
            ["ExitForm.Destination"] = "IndependentLiving",
            ["ExitForm.Reason"] = "Iznajmila stan.",
            ["ExitForm.FollowUpOn"] = followUpOn,
        });

    [Fact]
    public async Task A_follow_up_scheduled_with_the_exit_is_on_the_assignees_work_until_its_outcome_is_recorded_and_then_counted()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        var exit = await ExitAsync(staff, CentreClock.FormatDate(Today.AddDays(3)));
        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);

        var followUp = await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync());
        Assert.Equal((placement.Id, Today.AddDays(3), await factory.Arrange.UserIdAsync("prihvatiliste")), (followUp.PlacementId, followUp.DueOn, followUp.AssigneeId));
        var row = Assert.Single((await staff.GetPageAsync("/Work")).QuerySelectorAll("#work-list tr.work-item"));
        Assert.Contains(Ui.Text("Shelter.FollowUp.WorkTitle"), row.TextContent);
        Assert.DoesNotContain("Iznajmila", row.TextContent);
        Assert.Equal(Url, row.QuerySelector("a")!.GetAttribute("href"));
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        Assert.DoesNotContain(Ui.Text("Shelter.FollowUp.WorkTitle"), (await koordinator.GetPageAsync("/Work")).Body!.TextContent);

        var page = await staff.GetPageAsync(Url);
        var recorded = await staff.SubmitAsync(page, $"form#record-{followUp.Id}", new Dictionary<string, string>
        {
            ["OutcomeForm.Outcome"] = "ReachedNeedsSupport",
            ["OutcomeForm.DoneOn"] = CentreClock.FormatDate(Today),
            ["OutcomeForm.Note"] = "Traži pomoć oko posla.",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var done = await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync());
        Assert.Equal((Today, FollowUpOutcome.ReachedNeedsSupport, "Traži pomoć oko posla."), (done.DoneOn, done.Outcome, done.Note));
        Assert.Empty((await staff.GetPageAsync("/Work")).QuerySelectorAll("#work-list tr.work-item"));
        Assert.Contains("Traži pomoć oko posla.", (await staff.GetPageAsync(Url)).QuerySelector("#follow-ups")!.TextContent);

        // The note is the person's story: encrypted in the table.
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Note FROM ShelterFollowUps";
        Assert.DoesNotContain("posla", (string)(await command.ExecuteScalarAsync())!, StringComparison.Ordinal);

        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");
        var period = $"From={CentreClock.FormatDate(Today.AddDays(-30))}&To={CentreClock.FormatDate(Today)}";
        var figures = await rukovodstvo.GetPageAsync($"/Shelter/Statistics?{period}");
        Assert.Equal("1", figures.QuerySelector("#s-follow-ups-done")!.TextContent.Trim());
        Assert.Equal("0", figures.QuerySelector("#s-follow-ups-due")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Shelter.FollowUpOutcome.ReachedNeedsSupport"), figures.QuerySelector("#s-follow-up-outcomes")!.TextContent);
    }

    [Fact]
    public async Task Another_follow_up_is_scheduled_for_a_coordinator_and_is_on_the_coordinators_work()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        await ExitAsync(staff, string.Empty);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ShelterFollowUps.CountAsync()));

        var scheduled = await staff.SubmitAsync(await staff.GetPageAsync(Url), "form#schedule-follow-up", new Dictionary<string, string>
        {
            ["FollowUpForm.FollowUpOn"] = CentreClock.FormatDate(Today),
            ["FollowUpForm.AssigneeId"] = await factory.Arrange.UserIdAsync("koordinator"),
        });

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        Assert.Contains(Ui.Text("Shelter.FollowUp.WorkTitle"), (await koordinator.GetPageAsync("/Work")).QuerySelector("#work-list")!.TextContent);
        Assert.Empty((await staff.GetPageAsync("/Work")).QuerySelectorAll("#work-list tr.work-item"));
    }

    [Fact]
    public async Task A_follow_up_before_the_exit_is_refused_with_the_exit_kept_and_nothing_saved()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");

        var early = await TestClient.ParseAsync(await ExitAsync(staff, CentreClock.FormatDate(Today.AddDays(-1))));

        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpDueBeforeExit"), early.QuerySelector("[data-valmsg-for='ExitForm.FollowUpOn']")!.TextContent);
        Assert.Equal("Iznajmila stan.", early.QuerySelector("#ExitForm_Reason")!.TextContent.Trim());
        Assert.Equal(CentreClock.FormatDate(Today.AddDays(-1)), early.QuerySelector("#ExitForm_FollowUpOn")!.GetAttribute("value"));
        Assert.True((await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync())).IsActive);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ShelterFollowUps.CountAsync()));

        var notADate = await TestClient.ParseAsync(await ExitAsync(staff, "31.02.2026."));
        Assert.Contains(Ui.Text("Shelter.Errors.Date"), notADate.QuerySelector("[data-valmsg-for='ExitForm.FollowUpOn']")!.TextContent);
        Assert.True((await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync())).IsActive);
    }

    [Fact]
    public async Task An_unknown_outcome_a_day_before_the_exit_a_tampered_id_and_a_stale_second_save_are_refused()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        await ExitAsync(staff, CentreClock.FormatDate(Today));
        var followUp = await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync());
        var form = $"form#record-{followUp.Id}";
        var page = await staff.GetPageAsync(Url);

        var unknown = await TestClient.ParseAsync(await staff.SubmitAsync(page, form, new Dictionary<string, string>
        {
            ["OutcomeForm.Outcome"] = "Vanished",
            ["OutcomeForm.DoneOn"] = CentreClock.FormatDate(Today),
            ["OutcomeForm.Note"] = "Ostaje upisano.",
        }));
        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpOutcome"), unknown.QuerySelector(form)!.TextContent);
        Assert.Equal("Ostaje upisano.", unknown.QuerySelector($"{form} textarea")!.TextContent);
        var outcome = unknown.QuerySelector($"{form} select[name='OutcomeForm.Outcome']")!;
        Assert.Equal("true", outcome.GetAttribute("aria-invalid"));
        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpOutcome"), unknown.GetElementById(outcome.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Null(unknown.QuerySelector($"{form} textarea")!.GetAttribute("aria-invalid"));

        var beforeExit = await TestClient.ParseAsync(await staff.SubmitAsync(page, form, new Dictionary<string, string>
        {
            ["OutcomeForm.Outcome"] = "NotReached",
            ["OutcomeForm.DoneOn"] = CentreClock.FormatDate(Today.AddDays(-1)),
        }));
        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpDoneBeforeExit"), beforeExit.QuerySelector(form)!.TextContent);
        Assert.False((await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync())).IsDone);

        var tampered = await staff.PostWithTokenAsync($"/Shelter/Placements/{Guid.NewGuid()}/FollowUps/{followUp.Id}/Record",
            ("OutcomeForm.Version", "1"), ("OutcomeForm.Outcome", "Declined"), ("OutcomeForm.DoneOn", CentreClock.FormatDate(Today)));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);

        var first = await staff.SubmitAsync(page, form, new Dictionary<string, string> { ["OutcomeForm.Outcome"] = "Declined", ["OutcomeForm.DoneOn"] = CentreClock.FormatDate(Today) });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await TestClient.ParseAsync(await staff.SubmitAsync(page, form, new Dictionary<string, string> { ["OutcomeForm.Outcome"] = "ReachedDoingWell", ["OutcomeForm.DoneOn"] = CentreClock.FormatDate(Today) }));
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), stale.Body!.TextContent);
        Assert.Equal(FollowUpOutcome.Declined, (await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync())).Outcome);
    }

    [Fact]
    public async Task A_follow_up_is_not_scheduled_while_she_is_in_the_shelter_nor_for_a_caseworker()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        var active = await TestClient.ParseAsync(await staff.PostWithTokenAsync($"{Url}/FollowUps/Schedule",
            ("FollowUpForm.FollowUpOn", CentreClock.FormatDate(Today)), ("FollowUpForm.AssigneeId", await factory.Arrange.UserIdAsync("prihvatiliste"))));
        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpBeforeExit"), active.Body!.TextContent);

        await ExitAsync(staff, string.Empty);
        var caseworker = await TestClient.ParseAsync(await staff.SubmitAsync(await staff.GetPageAsync(Url), "form#schedule-follow-up", new Dictionary<string, string>
        {
            ["FollowUpForm.FollowUpOn"] = CentreClock.FormatDate(Today.AddDays(7)),
            ["FollowUpForm.AssigneeId"] = await factory.Arrange.UserIdAsync("radnik"),
        }));
        Assert.Contains(Ui.Text("Shelter.Errors.FollowUpAssignee"), caseworker.QuerySelector("[data-valmsg-for='FollowUpForm.AssigneeId']")!.TextContent);
        Assert.Equal(CentreClock.FormatDate(Today.AddDays(7)), caseworker.QuerySelector("#FollowUpForm_FollowUpOn")!.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ShelterFollowUps.CountAsync()));
    }
}
