namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>One thing due on "Moj rad".</summary>
/// <param name="KindKey">Resource key of what kind of thing it is ("Work.Kind.Hearing"), owned by the source's feature.</param>
/// <param name="Title">What to do, already in the user's language; never a victim's name (the case code says whose).</param>
/// <param name="Due">The Centre's local date it is due (or happens) on.</param>
/// <param name="At">The local time, for things that happen at a time (a hearing).</param>
/// <param name="Link">Where the user does it; null for a task about no case, which is done where it is listed (<see cref="Done"/>).</param>
public sealed record WorkItem(string KindKey, string Title, string? CaseCode, DateOnly Due, TimeOnly? At, WorkLink? Link)
{
    /// <summary>A button that marks it done on the list itself, for things that are simply done (a task).</summary>
    public WorkDone? Done { get; init; }

    /// <summary>Overdue: its day has passed, or it was due earlier today.</summary>
    public bool IsOverdueAt(DateOnly today, TimeOnly now) => Due < today || (Due == today && At is { } at && at < now);
}
