using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>
/// Every shelter route, for every role: shelter staff and the coordinator work with placements; only the coordinator
/// manages beds (the page shows the secret address); caseworkers, management and the administrator get 403; an id
/// that does not exist is 404. Shelter staff still never reach a case. The plan's PDF is the one route the case's
/// team reaches too; another caseworker finds nothing there.
/// </summary>
public sealed class ShelterAccessMatrixTests(ShelterAccessMatrixTests.Arranged arranged) : IClassFixture<ShelterAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Guid placementId = arranged.PlacementId;
    private readonly Guid unitId = arranged.UnitId;
    private readonly Guid roomId = arranged.RoomId;
    private readonly Guid freeBedId = arranged.FreeBedId;
    private readonly Guid caseId = arranged.CaseId;
    private readonly Guid goalId = arranged.GoalId;
    private readonly Guid otherGoalId = arranged.OtherGoalId;
    private readonly Guid otherPlacementId = arranged.OtherPlacementId;
    private readonly Guid changeId = arranged.ChangeId;
    private readonly Guid followUpId = arranged.FollowUpId;

    /// <summary>
    /// One app and one shelter for the whole matrix (a host per case was most of its time): every change here is
    /// refused, except the one follow-up recorded by its own test, which has a follow-up of its own.
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Guid PlacementId { get; private set; }

        public Guid UnitId { get; private set; }

        public Guid RoomId { get; private set; }

        public Guid FreeBedId { get; private set; }

        public Guid CaseId { get; private set; }

        public Guid GoalId { get; private set; }

        public Guid OtherGoalId { get; private set; }

        public Guid OtherPlacementId { get; private set; }

        public Guid ChangeId { get; private set; }

        public Guid FollowUpId { get; private set; }

        /// <summary>The follow-up that <see cref="Recording_a_follow_up_is_audited_with_the_shelter_file"/> records.</summary>
        public Guid RecordedFollowUpId { get; private set; }

        protected override async Task ArrangeAsync()
        {
            var (unit, room, beds) = await Factory.Arrange.ShelterAsync(beds: 2);
            var file = await Factory.Arrange.Case();
            var now = Factory.Arrange.Now;
            var placement = Placement.Admit(file.Id, beds[0], now.AddDays(-5), DateOnly.FromDateTime(now.AddDays(-5)), null, now);
            var staffId = await Factory.Arrange.UserIdAsync("prihvatiliste");
            var goal = placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, staffId, DateOnly.FromDateTime(now));
            var change = placement.ProposePhase(ShelterPhase.Recovery, "Stabilna", null, staffId, now);

            // Someone who stayed before, in the bed that is free now: her plan is another placement's.
            var earlier = Placement.Admit((await Factory.Arrange.Case()).Id, beds[1], now.AddDays(-30), DateOnly.FromDateTime(now.AddDays(-30)), null, now);
            var otherGoal = earlier.AddGoal(ShelterPhase.Stabilisation, GoalArea.Documents, "Lična karta", null, staffId, DateOnly.FromDateTime(now.AddDays(-20)));
            earlier.Exit(now.AddDays(-10), DateOnly.FromDateTime(now.AddDays(-10)), ExitDestination.Family, null, now);
            var followUp = ShelterFollowUp.Schedule(earlier, DateOnly.FromDateTime(now), staffId);
            var recorded = ShelterFollowUp.Schedule(earlier, DateOnly.FromDateTime(now), staffId);
            await Factory.WithDbAsync(async db =>
            {
                db.Placements.AddRange(placement, earlier);
                db.ShelterFollowUps.AddRange(followUp, recorded);
                await db.SaveChangesAsync();
            });
            (PlacementId, UnitId, RoomId, FreeBedId, CaseId) = (placement.Id, unit.Id, room.Id, beds[1].Id, file.Id);
            (GoalId, OtherGoalId, OtherPlacementId, ChangeId, FollowUpId, RecordedFollowUpId) = (goal.Id, otherGoal.Id, earlier.Id, change.Id, followUp.Id, recorded.Id);
        }
    }

    public static TheoryData<string, HttpStatusCode> Workers => new()
    {
        { "prihvatiliste", HttpStatusCode.OK },
        { "koordinator", HttpStatusCode.OK },
        { "radnik", HttpStatusCode.Forbidden },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Workers))]
    public async Task The_board_the_admission_and_a_shelter_file(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter/Admit")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}")).StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.NotFound : expected, (await client.Http.GetAsync($"/Shelter/Placements/{Guid.NewGuid()}")).StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> PlanReaders => new()
    {
        { "prihvatiliste", HttpStatusCode.OK },
        { "koordinator", HttpStatusCode.OK },
        { "radnik", HttpStatusCode.OK },
        { "radnik2", HttpStatusCode.NotFound },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    /// <summary>The plan's PDF: the shelter file's readers, and the case's team (here "radnik" leads both cases).</summary>
    [Theory]
    [MemberData(nameof(PlanReaders))]
    public async Task The_plan_as_pdf(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var missing = expected == HttpStatusCode.Forbidden ? expected : HttpStatusCode.NotFound;

        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}/Plan.pdf")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{otherPlacementId}/Plan.pdf")).StatusCode);
        Assert.Equal(missing, (await client.Http.GetAsync($"/Shelter/Placements/{Guid.NewGuid()}/Plan.pdf")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public async Task A_goal_and_the_proposal_of_a_phase(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var missing = expected == HttpStatusCode.OK ? HttpStatusCode.NotFound : expected;

        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}/Goals/{goalId}")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}/Phase/Propose")).StatusCode);
        Assert.Equal(missing, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}/Goals/{otherGoalId}")).StatusCode);
        Assert.Equal(missing, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}/Goals/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(missing, (await client.Http.GetAsync($"/Shelter/Placements/{Guid.NewGuid()}/Goals/{goalId}")).StatusCode);
        Assert.Equal(missing, (await client.Http.GetAsync($"/Shelter/Placements/{Guid.NewGuid()}/Phase/Propose")).StatusCode);
    }

    private static readonly (string Name, string Value)[] PlanFields =
    [
        ("GoalForm.Phase", "Stabilisation"), ("GoalForm.Area", "Other"), ("GoalForm.Description", "Upad"), ("GoalForm.ResponsibleId", "x"), ("GoalForm.TargetOn", "01.01.2030."),
        ("EditForm.Version", "1"), ("EditForm.Phase", "Stabilisation"), ("EditForm.Area", "Other"), ("EditForm.Description", "Upad"), ("EditForm.TargetOn", "01.01.2030."),
        ("ReviewForm.Version", "1"), ("ReviewForm.Status", "Dropped"), ("NoteForm.Text", "Upad"),
        ("Form.Version", "1"), ("Form.To", "Recovery"), ("Form.Review", "Upad"),
        ("ReturnForm.Version", "1"), ("ReturnForm.Reason", "Upad"),
    ];

    private static string[] PlanRoutes(Guid placement, Guid goal) =>
    [
        $"/Shelter/Placements/{placement}/Goals/Add",
        $"/Shelter/Placements/{placement}/Goals/{goal}/Edit",
        $"/Shelter/Placements/{placement}/Goals/{goal}/Review",
        $"/Shelter/Placements/{placement}/Notes/Add",
        $"/Shelter/Placements/{placement}/Phase/Propose",
        $"/Shelter/Placements/{placement}/Phase/Approve",
        $"/Shelter/Placements/{placement}/Phase/Return",
    ];

    [Theory]
    [InlineData("radnik")]
    [InlineData("rukovodstvo")]
    [InlineData("admin")]
    public async Task Changing_a_plan_outside_the_shelter_is_forbidden(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        foreach (var route in PlanRoutes(placementId, goalId))
        {
            var response = await client.PostWithTokenAsync(route, [.. PlanFields, ("changeId", changeId.ToString()), ("version", "1"), ("ReturnForm.ChangeId", changeId.ToString())]);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await AssertPlanUnchangedAsync();
    }

    [Fact]
    public async Task Only_a_coordinator_decides_a_phase_change()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostWithTokenAsync($"/Shelter/Placements/{placementId}/Phase/Approve", ("changeId", changeId.ToString()), ("version", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostWithTokenAsync($"/Shelter/Placements/{placementId}/Phase/Return",
            ("ReturnForm.ChangeId", changeId.ToString()), ("ReturnForm.Version", "1"), ("ReturnForm.Reason", "Upad"))).StatusCode);
        await AssertPlanUnchangedAsync();
    }

    [Theory]
    [InlineData("prihvatiliste")]
    [InlineData("koordinator")]
    public async Task Changing_the_plan_of_a_placement_that_does_not_exist_or_a_goal_of_another_is_not_found(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var staffId = await factory.Arrange.UserIdAsync("prihvatiliste");
        (string, string)[] fields = [.. PlanFields.Where(f => f.Name != "GoalForm.ResponsibleId" && f.Name != "EditForm.TargetOn"),
            ("GoalForm.ResponsibleId", staffId), ("EditForm.ResponsibleId", staffId), ("EditForm.TargetOn", "01.01.2030."),
            ("changeId", changeId.ToString()), ("version", "1"), ("ReturnForm.ChangeId", changeId.ToString())];

        foreach (var route in PlanRoutes(Guid.NewGuid(), goalId).Where(r => user == "koordinator" || !r.Contains("/Phase/A", StringComparison.Ordinal) && !r.Contains("/Phase/R", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync(route, fields)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{placementId}/Goals/{otherGoalId}/Edit", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{placementId}/Goals/{otherGoalId}/Review", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/Goals/{goalId}/Review", fields)).StatusCode);
        if (user == "koordinator")
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/Phase/Approve", ("changeId", changeId.ToString()), ("version", "1"))).StatusCode);
        }

        await AssertPlanUnchangedAsync();
    }

    [Fact]
    public async Task Viewing_a_goal_and_the_proposal_page_is_in_the_audit_trail()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");
        var before = await ViewsOfThePlacementAsync();

        await client.GetPageAsync($"/Shelter/Placements/{placementId}/Goals/{goalId}");
        await client.GetPageAsync($"/Shelter/Placements/{placementId}/Phase/Propose");

        Assert.Equal(before + 2, await ViewsOfThePlacementAsync());
    }

    private Task<int> ViewsOfThePlacementAsync() =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == placementId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed));

    private async Task AssertPlanUnchangedAsync()
    {
        var placement = await factory.WithDbAsync(db => db.Placements.Include(p => p.Goals).ThenInclude(g => g.Reviews).Include(p => p.PhaseChanges).AsNoTracking().SingleAsync(p => p.Id == placementId));
        Assert.Equal(ShelterPhase.Stabilisation, placement.Phase);
        Assert.True(Assert.Single(placement.PhaseChanges).IsPending);
        var goal = Assert.Single(placement.Goals);
        Assert.Equal(("Pregled", GoalStatus.Planned), (goal.Description, goal.Status));
        Assert.Empty(goal.Reviews);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgressNotes.CountAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.PlanGoals.CountAsync()));
    }

    [Fact]
    public async Task Viewing_a_shelter_file_is_in_the_audit_trail()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        await client.GetPageAsync($"/Shelter/Placements/{placementId}");

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == placementId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed)));
    }

    public static TheoryData<string, string, HttpStatusCode> PlacementChanges
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var action in new[] { "Move", "Absence", "Exit" })
            {
                data.Add(action, "radnik", HttpStatusCode.Forbidden);
                data.Add(action, "rukovodstvo", HttpStatusCode.Forbidden);
                data.Add(action, "admin", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PlacementChanges))]
    public async Task Changing_a_placement(string action, string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/Shelter/Placements/{action}/{placementId}",
            ("MoveForm.Version", "1"), ("MoveForm.BedId", freeBedId.ToString()), ("AbsenceForm.Kind", "Visit"), ("AbsenceForm.FromOn", "01.01.2030."),
            ("ExitForm.Version", "1"), ("ExitForm.Destination", "Family"));

        Assert.Equal(expected, response.StatusCode);
        var placement = await factory.WithDbAsync(db => db.Placements.Include(p => p.Absences).AsNoTracking().SingleAsync(p => p.Id == placementId));
        Assert.True(placement.IsActive);
        Assert.NotEqual(freeBedId, placement.BedId);
        Assert.Empty(placement.Absences);
    }

    [Theory]
    [InlineData("Move")]
    [InlineData("Absence")]
    [InlineData("Exit")]
    public async Task Changing_a_placement_that_does_not_exist_is_not_found(string action)
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        var response = await client.PostWithTokenAsync($"/Shelter/Placements/{action}/{Guid.NewGuid()}",
            ("MoveForm.Version", "1"), ("MoveForm.BedId", freeBedId.ToString()), ("AbsenceForm.Kind", "Visit"), ("AbsenceForm.FromOn", "01.01.2030."),
            ("ExitForm.Version", "1"), ("ExitForm.ExitedOn", "01.01.2030."), ("ExitForm.ExitedAt", "10:00"), ("ExitForm.Destination", "Family"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private (string, string)[] FollowUpFields(string assigneeId) =>
    [
        ("FollowUpForm.FollowUpOn", "01.01.2030."), ("FollowUpForm.AssigneeId", assigneeId),
        ("OutcomeForm.Version", "1"), ("OutcomeForm.Outcome", "Declined"), ("OutcomeForm.DoneOn", CentreDate(factory.Arrange.Today)),
    ];

    private static string CentreDate(DateOnly day) => TraffickingCare.Web.Infrastructure.Time.CentreClock.FormatDate(day);

    [Theory]
    [InlineData("radnik")]
    [InlineData("rukovodstvo")]
    [InlineData("admin")]
    public async Task Follow_ups_outside_the_shelter_are_forbidden(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var fields = FollowUpFields(await factory.Arrange.UserIdAsync("prihvatiliste"));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/FollowUps/Schedule", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/FollowUps/{followUpId}/Record", fields)).StatusCode);
        await AssertFollowUpUnchangedAsync();
    }

    [Theory]
    [InlineData("prihvatiliste")]
    [InlineData("koordinator")]
    public async Task A_follow_up_of_a_placement_that_does_not_exist_or_of_another_placement_is_not_found(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var fields = FollowUpFields(await factory.Arrange.UserIdAsync("prihvatiliste"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{Guid.NewGuid()}/FollowUps/Schedule", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{Guid.NewGuid()}/FollowUps/{followUpId}/Record", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{placementId}/FollowUps/{followUpId}/Record", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/FollowUps/{Guid.NewGuid()}/Record", fields)).StatusCode);
        await AssertFollowUpUnchangedAsync();
    }

    [Fact]
    public async Task Recording_a_follow_up_is_audited_with_the_shelter_file()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        // A refused save shows the shelter file again: a view of it; a saved one is a write of the follow-up.
        var refused = await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/FollowUps/Schedule", ("FollowUpForm.FollowUpOn", "x"), ("FollowUpForm.AssigneeId", "x"));
        var response = await client.PostWithTokenAsync($"/Shelter/Placements/{otherPlacementId}/FollowUps/{arranged.RecordedFollowUpId}/Record", FollowUpFields("x"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == otherPlacementId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == arranged.RecordedFollowUpId && a.Action != TraffickingCare.Domain.Auditing.AuditAction.Viewed)));
    }

    private async Task AssertFollowUpUnchangedAsync()
    {
        var followUp = await factory.WithDbAsync(db => db.ShelterFollowUps.AsNoTracking().SingleAsync(f => f.Id == followUpId));
        Assert.False(followUp.IsDone);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ShelterFollowUps.CountAsync()));
    }

    public static TheoryData<string, HttpStatusCode> BedManagers => new()
    {
        { "koordinator", HttpStatusCode.OK },
        { "prihvatiliste", HttpStatusCode.Forbidden },
        { "radnik", HttpStatusCode.Forbidden },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(BedManagers))]
    public async Task Managing_units_rooms_and_beds(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var refused = expected == HttpStatusCode.OK ? HttpStatusCode.NotFound : expected;

        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter/Beds")).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/AddRoom/{Guid.NewGuid()}", ("RoomForm.Name", "9"))).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/AddBed/{Guid.NewGuid()}", ("BedForm.Name", "9Z"))).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{Guid.NewGuid()}")).StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/AddRoom/{unitId}", ("RoomForm.Name", "9"))).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/AddBed/{roomId}", ("BedForm.Name", "9Z"))).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{freeBedId}")).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/BackInUse/{freeBedId}")).StatusCode);
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.ShelterRooms.CountAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Beds.CountAsync(b => b.InUse)));
    }

    [Fact]
    public async Task The_coordinator_cannot_take_an_occupied_bed_out_of_use()
    {
        using var client = await factory.Arrange.SignedInAsync("koordinator");
        var occupied = await factory.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.BedId).SingleAsync());

        var response = await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{occupied}");
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains(Ui.Text("Shelter.Errors.BedOccupiedCannotClose"), page.Body!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Beds.Where(b => b.Id == occupied).Select(b => b.InUse).SingleAsync()));
    }

    [Fact]
    public async Task Shelter_staff_still_never_open_the_case()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        var file = await client.GetPageAsync($"/Shelter/Placements/{placementId}");
        Assert.Empty(file.QuerySelectorAll($"a[href*='{caseId}']"));
    }
}
