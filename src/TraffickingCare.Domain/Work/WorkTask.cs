using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Work;

/// <summary>
/// A task someone set on "Moj rad": what to do, by when, by whom, optionally about one case. The title says what,
/// never who: the case code says whose case it is (a name in a task list travels too far).
/// Done and reopened by its assignee, its author or the coordinator; deleted softly, like everything else.
/// </summary>
public sealed class WorkTask : Entity
{
    public const int TitleMaxLength = 200;

    private WorkTask()
    {
        Title = string.Empty;
        AssigneeId = string.Empty;
    }

    public string Title { get; private set; }

    public Guid? CaseId { get; private set; }

    public string AssigneeId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime? DoneAtUtc { get; private set; }

    public string? DoneBy { get; private set; }

    public bool IsDone => DoneAtUtc is not null;

    /// <summary>A task is overdue from the day after its due date until it is done.</summary>
    public bool IsOverdueOn(DateOnly today) => !IsDone && DueOn < today;

    /// <summary>
    /// A task is withdrawn only by whoever set it (<paramref name="author"/>) or the coordinator: a task set for someone
    /// else is the setter's to take back, not the assignee's to drop. The list's rows ask it too, to offer the button.
    /// </summary>
    public static bool MayBeDeletedBy(string? author, string userId, bool isCoordinator) => isCoordinator || author == userId;

    public static WorkTask Set(string title, Guid? caseId, string assigneeId, DateOnly dueOn) => new()
    {
        Title = Guard.Text(title, TitleMaxLength, "Work.Errors.Title"),
        CaseId = caseId,
        AssigneeId = Guard.Text(assigneeId, UserIdMaxLength, "Work.Errors.Assignee"),
        DueOn = dueOn,
    };

    public void MarkDone(string userId, DateTime utcNow)
    {
        if (IsDone)
        {
            throw new DomainException("Work.Errors.AlreadyDone");
        }

        DoneAtUtc = utcNow;
        DoneBy = userId;
    }

    public void Reopen()
    {
        if (!IsDone)
        {
            throw new DomainException("Work.Errors.NotDone");
        }

        DoneAtUtc = null;
        DoneBy = null;
    }
}
