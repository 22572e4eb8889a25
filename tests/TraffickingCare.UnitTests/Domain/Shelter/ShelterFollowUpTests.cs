using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.UnitTests.Domain.Shelter;

public sealed class ShelterFollowUpTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly ExitDay = Today.AddDays(-5);

    private static Placement Admitted() =>
        Placement.Admit(Guid.NewGuid(), Bed.In(Guid.NewGuid(), "1A"), Now.AddDays(-30), Today.AddDays(-30), null, Now);

    private static Placement Exited()
    {
        var placement = Admitted();
        placement.Exit(Now.AddDays(-5), ExitDay, ExitDestination.IndependentLiving, null, Now);
        return placement;
    }

    private static string Refused(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    [Fact]
    public void A_follow_up_is_scheduled_for_an_exited_placement_on_the_exit_day_or_later()
    {
        var placement = Exited();

        var onExit = ShelterFollowUp.Schedule(placement, ExitDay, "staff-1");
        var later = ShelterFollowUp.Schedule(placement, Today.AddDays(30), "staff-2");

        Assert.Equal(placement.Id, onExit.PlacementId);
        Assert.Equal(ExitDay, onExit.DueOn);
        Assert.Equal("staff-2", later.AssigneeId);
        Assert.False(later.IsDone);
        Assert.Null(later.Outcome);
    }

    [Fact]
    public void No_follow_up_while_she_is_still_in_the_shelter() =>
        Assert.Equal("Shelter.Errors.FollowUpBeforeExit", Refused(() => ShelterFollowUp.Schedule(Admitted(), Today.AddDays(10), "staff-1")));

    [Fact]
    public void A_follow_up_is_not_due_before_the_exit() =>
        Assert.Equal("Shelter.Errors.FollowUpDueBeforeExit", Refused(() => ShelterFollowUp.Schedule(Exited(), ExitDay.AddDays(-1), "staff-1")));

    [Fact]
    public void A_follow_up_needs_an_assignee() =>
        Assert.Equal("Shelter.Errors.FollowUpAssignee", Refused(() => ShelterFollowUp.Schedule(Exited(), Today, " ")));

    [Fact]
    public void The_outcome_is_recorded_with_its_day_and_note()
    {
        var placement = Exited();
        var followUp = ShelterFollowUp.Schedule(placement, Today, "staff-1");

        followUp.Record(placement, FollowUpOutcome.ReachedNeedsSupport, Today, "  Traži posao.  ", Today);

        Assert.True(followUp.IsDone);
        Assert.Equal(Today, followUp.DoneOn);
        Assert.Equal(FollowUpOutcome.ReachedNeedsSupport, followUp.Outcome);
        Assert.Equal("Traži posao.", followUp.Note);
    }

    [Fact]
    public void The_outcome_is_recorded_only_once()
    {
        var placement = Exited();
        var followUp = ShelterFollowUp.Schedule(placement, Today, "staff-1");
        followUp.Record(placement, FollowUpOutcome.NotReached, Today, null, Today);

        Assert.Equal("Shelter.Errors.FollowUpAlreadyDone", Refused(() => followUp.Record(placement, FollowUpOutcome.ReachedDoingWell, Today, null, Today)));
        Assert.Equal(FollowUpOutcome.NotReached, followUp.Outcome);
    }

    [Fact]
    public void The_contact_is_not_done_in_the_future_nor_before_the_exit()
    {
        var placement = Exited();
        var followUp = ShelterFollowUp.Schedule(placement, Today, "staff-1");

        Assert.Equal("Shelter.Errors.FollowUpDoneInFuture", Refused(() => followUp.Record(placement, FollowUpOutcome.Declined, Today.AddDays(1), null, Today)));
        Assert.Equal("Shelter.Errors.FollowUpDoneBeforeExit", Refused(() => followUp.Record(placement, FollowUpOutcome.Declined, ExitDay.AddDays(-1), null, Today)));
        Assert.False(followUp.IsDone);
    }

    [Fact]
    public void An_unknown_outcome_a_too_long_note_and_another_placement_are_refused()
    {
        var placement = Exited();
        var followUp = ShelterFollowUp.Schedule(placement, Today, "staff-1");

        Assert.Equal("Shelter.Errors.FollowUpOutcome", Refused(() => followUp.Record(placement, (FollowUpOutcome)99, Today, null, Today)));
        Assert.Equal("Shelter.Errors.FollowUpNote", Refused(() => followUp.Record(placement, FollowUpOutcome.Declined, Today, new string('x', ShelterFollowUp.NoteMaxLength + 1), Today)));
        Assert.Equal("Shelter.Errors.FollowUpBeforeExit", Refused(() => followUp.Record(Exited(), FollowUpOutcome.Declined, Today, null, Today)));
        Assert.False(followUp.IsDone);
    }
}
