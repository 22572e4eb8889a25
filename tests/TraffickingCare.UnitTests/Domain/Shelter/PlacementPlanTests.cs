using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.UnitTests.Domain.Shelter;

public sealed class PlacementPlanTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static Placement Admitted(int daysAgo = 30) =>
        Placement.Admit(Guid.NewGuid(), Bed.In(Guid.NewGuid(), "1A"), Now.AddDays(-daysAgo), Today.AddDays(-daysAgo), null, Now);

    private static void Refused(string key, Action action) => Assert.Equal(key, Assert.Throws<DomainException>(action).ResourceKey);

    [Fact]
    public void A_goal_starts_planned_and_its_reviews_set_its_status()
    {
        var placement = Admitted();
        var goal = placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Documents, "Lična karta", "Pratnja u MUP", "staff", Today.AddDays(10));

        placement.ReviewGoal(goal.Id, GoalStatus.InProgress, "Zakazano", "staff", Now);
        placement.ReviewGoal(goal.Id, GoalStatus.Achieved, null, "staff", Now.AddDays(5));

        Assert.Equal(GoalStatus.Achieved, goal.Status);
        Assert.Equal([GoalStatus.InProgress, GoalStatus.Achieved], goal.Reviews.Select(r => r.Status));
    }

    [Fact]
    public void A_goal_may_not_be_due_before_its_phase_began()
    {
        var placement = Admitted(daysAgo: 30);

        Refused("Shelter.Errors.GoalTargetBeforePhase", () => placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, "staff", Today.AddDays(-31)));
        placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, "staff", Today.AddDays(-30));

        var change = placement.ProposePhase(ShelterPhase.Recovery, "Stabilna", null, "staff", Now);
        placement.ApprovePhase(change.Id, "coordinator", Now, Today);
        Refused("Shelter.Errors.GoalTargetBeforePhase", () => placement.AddGoal(ShelterPhase.Recovery, GoalArea.Education, "Kurs", null, "staff", Today.AddDays(-1)));
        Refused("Shelter.Errors.GoalTargetBeforePhase", () => placement.AddGoal(ShelterPhase.Independence, GoalArea.Housing, "Stan", null, "staff", Today.AddDays(-1)));
        Refused("Shelter.Errors.GoalPhasePast", () => placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, "staff", Today));
        Assert.Equal(Today, placement.PhaseBeganOn(ShelterPhase.Recovery));
    }

    [Fact]
    public void Editing_a_goal_keeps_the_date_rule()
    {
        var placement = Admitted(daysAgo: 30);
        var goal = placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, "staff", Today);

        Refused("Shelter.Errors.GoalTargetBeforePhase", () => placement.EditGoal(goal.Id, GoalArea.Health, "Pregled", null, "staff", Today.AddDays(-40)));
        placement.EditGoal(goal.Id, GoalArea.Legal, "Advokat", "Poziv", "other", Today.AddDays(3));

        Assert.Equal((GoalArea.Legal, "other", Today.AddDays(3)), (goal.Area, goal.ResponsibleId, goal.TargetOn));
    }

    [Fact]
    public void Phases_move_forward_one_at_a_time_unless_a_skip_has_its_reason()
    {
        var placement = Admitted();

        Refused("Shelter.Errors.PhaseNotForward", () => placement.ProposePhase(ShelterPhase.Stabilisation, "Pregled", null, "staff", Now));
        Refused("Shelter.Errors.SkipReasonRequired", () => placement.ProposePhase(ShelterPhase.Independence, "Pregled", null, "staff", Now));
        Refused("Shelter.Errors.SkipReasonRequired", () => placement.ProposePhase(ShelterPhase.Independence, "Pregled", "  …  ", "staff", Now));

        var skip = placement.ProposePhase(ShelterPhase.Independence, "Pregled", "Zaposlena, ima stan", "staff", Now);
        Refused("Shelter.Errors.PhaseChangePending", () => placement.ProposePhase(ShelterPhase.Recovery, "Pregled", null, "staff", Now));
        placement.ApprovePhase(skip.Id, "coordinator", Now, Today);

        Assert.Equal(ShelterPhase.Independence, placement.Phase);
        Assert.Equal("Zaposlena, ima stan", skip.SkipReason);
        Assert.Null(placement.PhaseBeganOn(ShelterPhase.Recovery));
    }

    [Fact]
    public void Whoever_proposed_a_phase_change_cannot_approve_or_return_it()
    {
        var placement = Admitted();
        var change = placement.ProposePhase(ShelterPhase.Recovery, "Ciljevi ostvareni", null, "coordinator-1", Now);

        Refused("Shelter.Errors.ProposerCannotDecide", () => placement.ApprovePhase(change.Id, "coordinator-1", Now, Today));
        Refused("Shelter.Errors.ProposerCannotDecide", () => placement.ReturnPhase(change.Id, "coordinator-1", "Ne još", Now));
        Assert.Equal(ShelterPhase.Stabilisation, placement.Phase);
        Assert.True(change.IsPending);

        placement.ApprovePhase(change.Id, "coordinator-2", Now, Today);
        Assert.Equal((ShelterPhase.Recovery, PhaseChangeStatus.Approved, "coordinator-2"), (placement.Phase, change.Status, change.DecidedBy));
        Refused("Shelter.Errors.PhaseChangeNotPending", () => placement.ApprovePhase(change.Id, "coordinator-2", Now, Today));
    }

    [Fact]
    public void A_returned_proposal_keeps_the_phase_and_its_reason_and_frees_the_way_for_another()
    {
        var placement = Admitted();
        var change = placement.ProposePhase(ShelterPhase.Recovery, "Pregled", null, "staff", Now);

        Refused("Shelter.Errors.ReturnReasonRequired", () => placement.ReturnPhase(change.Id, "coordinator", " ", Now));
        placement.ReturnPhase(change.Id, "coordinator", "Dokumenti još nisu gotovi", Now);

        Assert.Equal(ShelterPhase.Stabilisation, placement.Phase);
        Assert.Equal(PhaseChangeStatus.Returned, change.Status);
        Assert.Equal("Dokumenti još nisu gotovi", change.ReturnReason);
        placement.ProposePhase(ShelterPhase.Recovery, "Novi pregled", null, "staff", Now);
    }

    [Fact]
    public void An_amendment_is_a_new_note_and_the_original_stays_as_written()
    {
        var placement = Admitted();
        var original = placement.WriteNote("Dobro spava.", "staff", Now);

        var amendment = placement.WriteNote("Ispravka: loše spava.", "other", Now.AddDays(2), original.Id);

        Assert.Equal("Dobro spava.", original.Text);
        Assert.Equal(original.Id, amendment.AmendsNoteId);
        Assert.Equal(2, placement.Notes.Count);
        Refused("Shelter.Errors.NoteNotFound", () => placement.WriteNote("X", "staff", Now, Guid.NewGuid()));
        Refused("Shelter.Errors.NoteText", () => placement.WriteNote("  ", "staff", Now));
        Assert.DoesNotContain(typeof(ProgressNote).GetMethods(), m => m.IsPublic && !m.IsStatic && m.DeclaringType == typeof(ProgressNote) && !m.IsSpecialName);
    }

    [Fact]
    public void An_ended_placement_takes_no_more_plan_changes()
    {
        var placement = Admitted();
        var goal = placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Health, "Pregled", null, "staff", Today);
        placement.Exit(Now, Today, ExitDestination.Family, null, Now);

        Refused("Shelter.Errors.PlacementEnded", () => placement.ReviewGoal(goal.Id, GoalStatus.Achieved, null, "staff", Now));
        Refused("Shelter.Errors.PlacementEnded", () => placement.ProposePhase(ShelterPhase.Recovery, "Pregled", null, "staff", Now));
    }
}
