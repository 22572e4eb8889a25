using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

public sealed class PlanRoundTripTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Placement placement = null!;
    private string file = null!;

    public async Task InitializeAsync()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 1);
        placement = await factory.Arrange.PlacementAsync(beds[0], daysAgo: 10);
        file = $"/Shelter/Placements/{placement.Id}";
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private string Today => CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)));

    private Dictionary<string, string> Goal(string staffId, string description = "Izvaditi ličnu kartu", string? target = null) => new()
    {
        ["GoalForm.Phase"] = "Stabilisation",
        ["GoalForm.Area"] = "Documents",
        ["GoalForm.Description"] = description,
        ["GoalForm.Activities"] = "Pratnja u policijsku upravu",
        ["GoalForm.ResponsibleId"] = staffId,
        ["GoalForm.TargetOn"] = target ?? Today,
    };

    [Fact]
    public async Task Staff_plan_goals_review_them_write_notes_and_propose_and_another_person_approves_the_next_phase()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");

        var added = await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(staffId));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var goal = await factory.WithDbAsync(db => db.PlanGoals.AsNoTracking().SingleAsync());
        Assert.Equal((ShelterPhase.Stabilisation, GoalStatus.Planned), (goal.Phase, goal.Status));

        var goalPage = await staff.GetPageAsync($"{file}/Goals/{goal.Id}");
        await staff.SubmitAsync(goalPage, "form#review-goal", new Dictionary<string, string> { ["ReviewForm.Status"] = "Achieved", ["ReviewForm.Comment"] = "Lična karta izdata." });
        Assert.Contains(Ui.Text("Shelter.GoalStatus.Achieved"), (await staff.GetPageAsync($"{file}/Goals/{goal.Id}")).QuerySelector("#goal-reviews")!.TextContent);

        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-note", new Dictionary<string, string> { ["NoteForm.Text"] = "Dobro spava, jede redovno." });
        var first = await factory.WithDbAsync(db => db.ProgressNotes.AsNoTracking().SingleAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-note",
            new Dictionary<string, string> { ["NoteForm.Text"] = "Ispravka: spava loše.", ["NoteForm.AmendsNoteId"] = first.Id.ToString() });
        var notes = await factory.WithDbAsync(db => db.ProgressNotes.AsNoTracking().OrderBy(n => n.WrittenAtUtc).ToListAsync());
        Assert.Equal(["Dobro spava, jede redovno.", "Ispravka: spava loše."], notes.Select(n => n.Text));
        Assert.Equal([null, first.Id], notes.Select(n => n.AmendsNoteId));
        Assert.All(notes, n => Assert.Equal(staffId, n.AuthorId));
        var page = await staff.GetPageAsync(file);
        Assert.StartsWith($"note-{notes[1].Id}", page.QuerySelector("#progress-notes li")!.Id, StringComparison.Ordinal);

        var proposed = await staff.SubmitAsync(await staff.GetPageAsync($"{file}/Phase/Propose"), "form#propose",
            new Dictionary<string, string> { ["Form.To"] = "Recovery", ["Form.Review"] = "Dokumenti su gotovi, stanje stabilno." });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);

        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        Assert.NotNull((await coordinator.GetPageAsync("/Shelter")).QuerySelector(".phase-pending"));
        Assert.NotNull((await coordinator.GetPageAsync("/")).QuerySelector($"a[href='{file}']"));
        var approved = await coordinator.SubmitAsync(await coordinator.GetPageAsync(file), "form#approve-phase");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var done = await factory.WithDbAsync(db => db.Placements.Include(p => p.PhaseChanges).AsNoTracking().SingleAsync(p => p.Id == placement.Id));
        Assert.Equal(ShelterPhase.Recovery, done.Phase);
        var change = Assert.Single(done.PhaseChanges);
        Assert.Equal((PhaseChangeStatus.Approved, staffId, await factory.Arrange.UserIdAsync("koordinator")), (change.Status, change.ProposedBy, change.DecidedBy));
        var history = (await coordinator.GetPageAsync(file)).QuerySelector("#phase-history")!.TextContent;
        Assert.Contains(Ui.Text("Shelter.PhaseChangeStatus.Approved"), history);
        Assert.Contains("Demo Prihvatilište", history);
        Assert.Contains("Demo Koordinator", history);
        Assert.Null((await coordinator.GetPageAsync("/Shelter")).QuerySelector(".phase-pending"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == change.Id)));
    }

    [Fact]
    public async Task The_plan_texts_are_encrypted_in_the_database()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(staffId, "Tajni cilj"));
        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-note", new Dictionary<string, string> { ["NoteForm.Text"] = "Tajna beleška" });

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT Description FROM PlanGoals) || '|' || (SELECT Text FROM ProgressNotes)";
        var raw = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain("Tajn", raw, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains("Tajn"))));
    }

    [Fact]
    public async Task A_proposal_refused_for_its_input_keeps_the_version_it_was_shown_with_so_a_change_made_meanwhile_is_still_told()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var propose = await coordinator.GetPageAsync($"{file}/Phase/Propose");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(await staff.GetPageAsync(file), "form#absence", new Dictionary<string, string> { ["AbsenceForm.Kind"] = "Hospital", ["AbsenceForm.FromOn"] = Today })).StatusCode);

        var refused = await TestClient.ParseAsync(await coordinator.SubmitAsync(propose, "form#propose",
            new Dictionary<string, string> { ["Form.To"] = "Independence", ["Form.Review"] = "Spremna je." }));

        Assert.Contains(Ui.Text("Shelter.Errors.SkipReasonRequired"), refused.Body!.TextContent);
        Assert.Equal(propose.QuerySelector("form#propose input[name='Form.Version']")!.GetAttribute("value"), refused.QuerySelector("form#propose input[name='Form.Version']")!.GetAttribute("value"));
        Assert.NotEqual(propose.QuerySelector("form#propose input[name='Form.Version']")!.GetAttribute("value"),
            (await coordinator.GetPageAsync($"{file}/Phase/Propose")).QuerySelector("form#propose input[name='Form.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_proposer_cannot_approve_their_own_proposal_and_a_skip_needs_its_reason()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var skip = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"{file}/Phase/Propose"), "form#propose",
            new Dictionary<string, string> { ["Form.To"] = "Independence", ["Form.Review"] = "Spremna je za samostalan život." });
        var refused = await TestClient.ParseAsync(skip);
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        Assert.Contains(Ui.Text("Shelter.Errors.SkipReasonRequired"), refused.Body!.TextContent);
        Assert.Equal("Spremna je za samostalan život.", refused.QuerySelector("#Form_Review")!.TextContent.Trim());

        await coordinator.SubmitAsync(refused, "form#propose", new Dictionary<string, string>
        {
            ["Form.To"] = "Independence",
            ["Form.Review"] = "Spremna je za samostalan život.",
            ["Form.SkipReason"] = "Zaposlena je i ima stan.",
        });
        var change = await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync());
        var page = await coordinator.GetPageAsync(file);
        Assert.NotNull(page.QuerySelector("#own-proposal"));
        Assert.Null(page.QuerySelector("form#approve-phase"));

        var own = await coordinator.PostWithTokenAsync($"{file}/Phase/Approve", ("changeId", change.Id.ToString()), ("version", change.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Contains(Ui.Text("Shelter.Errors.ProposerCannotDecide"), (await coordinator.GetPageAsync(own.Headers.Location!.OriginalString)).Body!.TextContent);
        var returned = await coordinator.PostWithTokenAsync($"{file}/Phase/Return",
            ("ReturnForm.ChangeId", change.Id.ToString()), ("ReturnForm.Version", change.Version.ToString()), ("ReturnForm.Reason", "Ipak ne"));
        Assert.Contains(Ui.Text("Shelter.Errors.ProposerCannotDecide"), (await TestClient.ParseAsync(returned)).Body!.TextContent);
        Assert.Equal(ShelterPhase.Stabilisation, await factory.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Phase).SingleAsync()));
        Assert.True((await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync())).IsPending);

        // Shelter staff cannot decide at all; another coordinator returns it with a reason.
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostWithTokenAsync($"{file}/Phase/Approve", ("changeId", change.Id.ToString()), ("version", change.Version.ToString()))).StatusCode);
        await TestUsers.CreateAsync(factory, "koordinator2", TraffickingCare.Web.Identity.Roles.Coordinator);
        using var second = await factory.Arrange.SignedInAsync("koordinator2");
        var back = await second.SubmitAsync(await second.GetPageAsync(file), "form#return-phase", new Dictionary<string, string> { ["ReturnForm.Reason"] = "Prvo stabilizacija." });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var decided = await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync());
        Assert.Equal((PhaseChangeStatus.Returned, "Prvo stabilizacija."), (decided.Status, decided.ReturnReason));
        Assert.Contains("Prvo stabilizacija.", (await second.GetPageAsync(file)).QuerySelector("#phase-history")!.TextContent);
    }

    [Fact]
    public async Task A_decision_from_an_older_page_is_told_and_changes_nothing()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        await staff.SubmitAsync(await staff.GetPageAsync($"{file}/Phase/Propose"), "form#propose",
            new Dictionary<string, string> { ["Form.To"] = "Recovery", ["Form.Review"] = "Stabilna." });
        var change = await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync());
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        // A version the proposal no longer has: the save is refused by the concurrency check, not applied.
        var stale = await coordinator.PostWithTokenAsync($"{file}/Phase/Approve", ("changeId", change.Id.ToString()), ("version", (change.Version + 1).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await coordinator.GetPageAsync(stale.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.True((await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync())).IsPending);

        // Two coordinators on the same page: the second returns it, the first's approval is then told, not applied.
        var mine = await coordinator.GetPageAsync(file);
        await TestUsers.CreateAsync(factory, "koordinator2", TraffickingCare.Web.Identity.Roles.Coordinator);
        using var second = await factory.Arrange.SignedInAsync("koordinator2");
        await second.SubmitAsync(await second.GetPageAsync(file), "form#return-phase", new Dictionary<string, string> { ["ReturnForm.Reason"] = "Još nije vreme." });
        var late = await coordinator.SubmitAsync(mine, "form#approve-phase");

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var told = (await coordinator.GetPageAsync(late.Headers.Location!.OriginalString)).Body!.TextContent;
        Assert.True(told.Contains(Ui.Text("Shelter.Errors.PhaseChangeNotPending"), StringComparison.Ordinal) || told.Contains(Ui.Text("Common.ConcurrencyConflict"), StringComparison.Ordinal), told);
        Assert.DoesNotContain(Ui.Text("Shelter.PhaseChange.Approved"), told, StringComparison.Ordinal);
        Assert.Equal(ShelterPhase.Stabilisation, await factory.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Phase).SingleAsync()));
        Assert.Equal(PhaseChangeStatus.Returned, (await factory.WithDbAsync(db => db.PhaseChanges.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task A_goal_due_before_its_phase_began_is_refused_with_everything_typed_kept()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        var early = CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)).AddDays(-30));

        var response = await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(staffId, "Upis u kurs", early));
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Ui.Text("Shelter.Errors.GoalTargetBeforePhase"), page.QuerySelector("[data-valmsg-for='GoalForm.TargetOn']")!.TextContent);
        Assert.Equal("Upis u kurs", page.QuerySelector("#GoalForm_Description")!.TextContent.Trim());
        Assert.Equal(early, page.QuerySelector("#GoalForm_TargetOn")!.GetAttribute("value"));
        Assert.Equal(staffId, page.QuerySelector("#GoalForm_ResponsibleId option[selected]")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.PlanGoals.AnyAsync()));
    }

    [Fact]
    public async Task A_goal_is_answered_for_by_enabled_shelter_staff_or_a_coordinator_and_a_caseworker_is_refused()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        var coordinatorId = await factory.Arrange.UserIdAsync("koordinator");
        var caseworkerId = await factory.Arrange.UserIdAsync("radnik");
        var leftId = await TestUsers.CreateAsync(factory, "prihvatiliste-bivsa", TraffickingCare.Web.Identity.Roles.ShelterStaff);
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == leftId)).IsDisabled = true;
            await db.SaveChangesAsync();
        });
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        var page = await staff.GetPageAsync(file);

        var offered = page.Offered("#GoalForm_ResponsibleId");
        Assert.Contains(staffId, offered);
        Assert.Contains(coordinatorId, offered);
        Assert.DoesNotContain(caseworkerId, offered);
        Assert.DoesNotContain(leftId, offered);

        var response = await staff.SubmitAsync(page, "form#add-goal", Goal(caseworkerId, "Upis u kurs"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Shelter.Errors.GoalResponsible"), refused.QuerySelector("[data-valmsg-for='GoalForm.ResponsibleId']")!.TextContent);
        Assert.Equal("Upis u kurs", refused.QuerySelector("#GoalForm_Description")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.PlanGoals.AnyAsync()));
    }

    [Fact]
    public async Task A_goal_whose_responsible_has_left_keeps_them_when_corrected_but_no_other_goal_takes_them()
    {
        var leftId = await TestUsers.CreateAsync(factory, "prihvatiliste-otisla", TraffickingCare.Web.Identity.Roles.ShelterStaff);
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(leftId));
        var goalId = await factory.WithDbAsync(db => db.PlanGoals.Select(g => g.Id).SingleAsync());
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == leftId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));

        var page = await staff.GetPageAsync($"{file}/Goals/{goalId}");
        Assert.Equal(leftId, page.QuerySelector<IHtmlSelectElement>("#EditForm_ResponsibleId")!.Value);
        var corrected = await staff.SubmitAsync(page, "form#edit-goal", new Dictionary<string, string> { ["EditForm.Description"] = "Izvaditi pasoš" });
        var added = await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(leftId, "Upis u kurs"));

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var goal = await factory.WithDbAsync(db => db.PlanGoals.AsNoTracking().SingleAsync());
        Assert.Equal(("Izvaditi pasoš", leftId), (goal.Description, goal.ResponsibleId));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(Ui.Text("Shelter.Errors.GoalResponsible"), (await TestClient.ParseAsync(added)).QuerySelector("[data-valmsg-for='GoalForm.ResponsibleId']")!.TextContent);
    }

    [Fact]
    public async Task A_second_save_of_a_goal_from_an_older_page_is_told_and_changes_nothing()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        await staff.SubmitAsync(await staff.GetPageAsync(file), "form#add-goal", Goal(staffId));
        var goalId = await factory.WithDbAsync(db => db.PlanGoals.Select(g => g.Id).SingleAsync());
        var url = $"{file}/Goals/{goalId}";
        var mine = await staff.GetPageAsync(url);
        var theirs = await coordinator.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(mine, "form#edit-goal", new Dictionary<string, string> { ["EditForm.Description"] = "Pasoš" })).StatusCode);
        var badDate = await TestClient.ParseAsync(await coordinator.SubmitAsync(theirs, "form#edit-goal", new Dictionary<string, string> { ["EditForm.TargetOn"] = "31.02.2026." }));
        Assert.NotEmpty(badDate.QuerySelector("[data-valmsg-for='EditForm.TargetOn']")!.TextContent.Trim());
        var stale = await coordinator.SubmitAsync(badDate, "form#edit-goal", new Dictionary<string, string>
        {
            ["EditForm.Description"] = "Izvod iz matične knjige",
            ["EditForm.TargetOn"] = theirs.QuerySelector("form#edit-goal input[name='EditForm.TargetOn']")!.GetAttribute("value") ?? string.Empty,
        });
        var page = await TestClient.ParseAsync(stale);
        var staleReview = await coordinator.SubmitAsync(theirs, "form#review-goal", new Dictionary<string, string> { ["ReviewForm.Status"] = "Dropped" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), page.Body!.TextContent);
        Assert.Equal("Izvod iz matične knjige", page.QuerySelector("#EditForm_Description")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(staleReview)).Body!.TextContent);
        var goal = await factory.WithDbAsync(db => db.PlanGoals.Include(g => g.Reviews).AsNoTracking().SingleAsync());
        Assert.Equal(("Pasoš", GoalStatus.Planned), (goal.Description, goal.Status));
        Assert.Empty(goal.Reviews);
    }

    [Fact]
    public async Task The_shelter_file_takes_the_same_number_of_SQL_commands_with_a_long_plan()
    {
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        await AddPlanAsync(staffId, 2);
        counter.Reset();
        await staff.GetPageAsync(file);
        var few = counter.Count;

        await AddPlanAsync(staffId, 40);
        counter.Reset();
        var page = await staff.GetPageAsync(file);

        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
        Assert.Equal(TraffickingCare.Web.Features.Shelter.Placements.PlacementPlanQuery.NotesPageSize, page.QuerySelectorAll("#progress-notes li").Length);
        Assert.Equal(2, (await staff.GetPageAsync($"{file}?page=3")).QuerySelectorAll("#progress-notes li").Length);
    }

    private Task AddPlanAsync(string staffId, int count) => factory.WithDbAsync(async db =>
    {
        var loaded = await db.Placements.Include(p => p.PhaseChanges).SingleAsync(p => p.Id == placement.Id);
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now));
        for (var i = 0; i < count; i++)
        {
            loaded.AddGoal(ShelterPhase.Recovery, GoalArea.Education, $"Cilj {i}", null, staffId, today.AddDays(i));
            loaded.WriteNote($"Beleška {i}", staffId, factory.Arrange.Now.AddMinutes(i));
        }

        await db.SaveChangesAsync();
    });
}
