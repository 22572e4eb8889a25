namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>A task of a case; its title is null while the case's texts are hidden from the reader (management without a reason).</summary>
public sealed record CaseTaskRow(Guid Id, int Version, string? Title, string AssigneeName, DateOnly DueOn, bool IsDone)
{
    /// <summary>The reader may delete it (a task they set, or any task for the coordinator).</summary>
    public bool Deletable { get; init; }
}
