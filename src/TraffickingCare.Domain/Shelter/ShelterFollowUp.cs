using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A contact with a former resident after her exit (a call, a visit): due on a day, for one staff member, then done
/// on a day with an outcome code and, if needed, a note. Its own record with its own version, so two people
/// recording the same contact are told; the outcome is recorded once.
/// </summary>
public sealed class ShelterFollowUp : Entity
{
    public const int NoteMaxLength = 2000;

    private ShelterFollowUp()
    {
        AssigneeId = string.Empty;
    }

    public Guid PlacementId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The staff member who makes the contact (a user id).</summary>
    public string AssigneeId { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public FollowUpOutcome? Outcome { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string? Note { get; private set; }

    public bool IsDone => DoneOn is not null;

    /// <summary>A contact after the exit of <paramref name="placement"/>, due no earlier than the day she left.</summary>
    public static ShelterFollowUp Schedule(Placement placement, DateOnly dueOn, string assigneeId)
    {
        if (placement.ExitedOn is not { } exitedOn)
        {
            throw new DomainException("Shelter.Errors.FollowUpBeforeExit");
        }

        if (dueOn < exitedOn)
        {
            throw new DomainException("Shelter.Errors.FollowUpDueBeforeExit");
        }

        return new ShelterFollowUp
        {
            PlacementId = placement.Id,
            DueOn = dueOn,
            AssigneeId = Guard.Text(assigneeId, UserIdMaxLength, "Shelter.Errors.FollowUpAssignee"),
        };
    }

    /// <summary>The contact was made (or tried) on <paramref name="doneOn"/>: after the exit, not in the future, once.</summary>
    public void Record(Placement placement, FollowUpOutcome outcome, DateOnly doneOn, string? note, DateOnly today)
    {
        if (placement.Id != PlacementId || placement.ExitedOn is not { } exitedOn)
        {
            throw new DomainException("Shelter.Errors.FollowUpBeforeExit");
        }

        if (IsDone)
        {
            throw new DomainException("Shelter.Errors.FollowUpAlreadyDone");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Shelter.Errors.FollowUpOutcome");
        }

        if (doneOn > today)
        {
            throw new DomainException("Shelter.Errors.FollowUpDoneInFuture");
        }

        if (doneOn < exitedOn)
        {
            throw new DomainException("Shelter.Errors.FollowUpDoneBeforeExit");
        }

        Note = Guard.OptionalText(note, NoteMaxLength, "Shelter.Errors.FollowUpNote");
        Outcome = outcome;
        DoneOn = doneOn;
    }
}
