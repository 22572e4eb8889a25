using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Cases;

public sealed class CaseFileTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static CaseFile Opened() => CaseFile.Open(CaseCode.For(2026, 12), "caseworker-1", Now);

    [Fact]
    public void A_new_case_is_open_with_its_lead_on_the_team()
    {
        var file = Opened();

        Assert.Equal("CZZ-2026-0012", file.Code);
        Assert.Equal(CaseStatus.Open, file.Status);
        Assert.True(file.IsOnTeam("caseworker-1"));
        Assert.False(file.IsOnTeam("caseworker-2"));
    }

    [Fact]
    public void Preliminary_identification_makes_a_presumed_victim_from_that_day()
    {
        var file = Opened();

        file.MoveTo(CaseStatus.PresumedVictim, Today);

        Assert.Equal(CaseStatus.PresumedVictim, file.Status);
        Assert.Equal(Today, file.PresumedVictimSince);
    }

    [Theory]
    [InlineData(CaseStatus.Suspended, CaseStatus.Open)]
    [InlineData(CaseStatus.Open, CaseStatus.Closed)]
    [InlineData(CaseStatus.PresumedVictim, CaseStatus.Open)]
    public void An_invalid_transition_is_refused_with_a_clear_message(CaseStatus from, CaseStatus to)
    {
        var file = Opened();
        if (from != CaseStatus.Open)
        {
            file.MoveTo(from, Today);
        }

        var ex = Assert.Throws<DomainException>(() => file.MoveTo(to, Today));

        Assert.Equal("Cases.Errors.InvalidTransition", ex.ResourceKey);
        Assert.Equal(from, file.Status);
    }

    /// <summary>A decision needs findings, authors and an approver: no move reaches one, from wherever the lifecycle would allow it.</summary>
    [Theory]
    [InlineData(CaseStatus.Open, CaseStatus.NotIdentified)]
    [InlineData(CaseStatus.Open, CaseStatus.Rejected)]
    [InlineData(CaseStatus.PresumedVictim, CaseStatus.IdentifiedVictim)]
    [InlineData(CaseStatus.PresumedVictim, CaseStatus.NotIdentified)]
    [InlineData(CaseStatus.PresumedVictim, CaseStatus.Rejected)]
    [InlineData(CaseStatus.Suspended, CaseStatus.IdentifiedVictim)]
    [InlineData(CaseStatus.Suspended, CaseStatus.NotIdentified)]
    [InlineData(CaseStatus.Suspended, CaseStatus.Rejected)]
    public void A_decision_status_is_never_reached_by_a_move(CaseStatus from, CaseStatus decision)
    {
        var file = Opened();
        if (from != CaseStatus.Open)
        {
            file.MoveTo(from, Today);
        }

        var ex = Assert.Throws<DomainException>(() => file.MoveTo(decision, Today));

        Assert.Equal("Cases.Errors.DecisionOnlyByFindings", ex.ResourceKey);
        Assert.Equal(from, file.Status);
        Assert.DoesNotContain(decision, CaseLifecycle.NextFrom(from));
        Assert.False(CaseLifecycle.CanMove(from, decision));
    }

    [Fact]
    public void Only_preliminary_identification_and_suspension_are_moves()
    {
        Assert.Equal([CaseStatus.PresumedVictim, CaseStatus.Suspended], CaseLifecycle.NextFrom(CaseStatus.Open));
        Assert.Equal([CaseStatus.Suspended], CaseLifecycle.NextFrom(CaseStatus.PresumedVictim));
        Assert.Equal([CaseStatus.PresumedVictim], CaseLifecycle.NextFrom(CaseStatus.Suspended));
        Assert.All([CaseStatus.IdentifiedVictim, CaseStatus.NotIdentified, CaseStatus.Rejected, CaseStatus.Closed], s => Assert.Empty(CaseLifecycle.NextFrom(s)));
    }

    [Fact]
    public void A_suspended_procedure_can_resume()
    {
        var file = Opened();
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        file.MoveTo(CaseStatus.Suspended, Today);

        file.MoveTo(CaseStatus.PresumedVictim, Today.AddDays(30));

        Assert.Equal(CaseStatus.PresumedVictim, file.Status);
        Assert.Equal(Today, file.PresumedVictimSince);
    }

    [Fact]
    public void Closing_keeps_reason_and_follow_up_and_reopening_returns_the_case_where_it_was()
    {
        var file = Opened();
        file.MoveTo(CaseStatus.PresumedVictim, Today);

        file.Close("GoalsReached", Today.AddMonths(3), Now);

        Assert.Equal(CaseStatus.Closed, file.Status);
        Assert.Equal("GoalsReached", file.ClosureReasonCode);
        Assert.Equal(Today.AddMonths(3), file.FollowUpOn);
        Assert.Throws<DomainException>(() => file.Close("ContactLost", null, Now));

        file.Reopen();

        Assert.Equal(CaseStatus.PresumedVictim, file.Status);
        Assert.Null(file.ClosureReasonCode);
        Assert.Throws<DomainException>(file.Reopen);
    }

    [Fact]
    public void Closure_needs_a_reason()
    {
        Assert.Equal("Cases.Errors.ClosureReasonRequired", Assert.Throws<DomainException>(() => Opened().Close(" ", null, Now)).ResourceKey);
    }

    [Fact]
    public void The_lead_cannot_be_removed_from_the_team()
    {
        var file = Opened();
        file.AddToTeam("caseworker-2");

        Assert.Throws<DomainException>(() => file.RemoveFromTeam("caseworker-1", "coordinator", Now));
        file.RemoveFromTeam("caseworker-2", "coordinator", Now);

        Assert.False(file.IsOnTeam("caseworker-2"));
        Assert.Contains(file.Team, m => m.UserId == "caseworker-2" && m.IsDeleted && m.DeletedBy == "coordinator");

        file.AddToTeam("caseworker-2");
        Assert.True(file.IsOnTeam("caseworker-2"));
    }

    [Fact]
    public void A_note_can_be_corrected_by_its_author_for_24_hours_then_only_amended()
    {
        var file = Opened();
        var note = file.AddNote("Razgovor obavljen.", "caseworker-1", Now);

        note.Edit("Razgovor obavljen u prisustvu prevodioca.", "caseworker-1", Now.AddHours(23));
        Assert.Equal("Razgovor obavljen u prisustvu prevodioca.", note.Text);

        var locked = Assert.Throws<DomainException>(() => note.Edit("Izmena.", "caseworker-1", Now.AddHours(24)));
        Assert.Equal("Cases.Errors.NoteLocked", locked.ResourceKey);

        var amendment = file.Amend(note.Id, "Dopuna: prevodilac za arapski.", "caseworker-1", Now.AddHours(25));
        Assert.Equal(note.Id, amendment.AmendsNoteId);
        Assert.Equal(2, file.Notes.Count);
    }

    [Fact]
    public void Nobody_edits_another_persons_note()
    {
        var note = Opened().AddNote("Beleška.", "caseworker-1", Now);

        Assert.Equal("Cases.Errors.NoteNotYours", Assert.Throws<DomainException>(() => note.Edit("Tuđa izmena.", "caseworker-2", Now)).ResourceKey);
    }
}
