using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Features.Work.WorkTasks;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// "Moj rad": one page of the work of <see cref="Member"/> (null: the user's own), in order, and how many items
/// there are in all; the coordinator's choice of team member; the form to set a task (for those who set tasks).
/// </summary>
public sealed record WorkPageViewModel(
    IReadOnlyList<WorkItem> Items, Pager Pager, int Total, DateOnly Today, TimeOnly Now, DateOnly Horizon, string? Member, IReadOnlyList<CodeListOption> Members, CaseworkerPick? AssigneePick)
{
    public WorkTaskForm Form { get; init; } = new();

    /// <summary>The coordinator's caseworker picker (null for everyone else): when it searches, <see cref="Members"/> holds those found and the one chosen.</summary>
    public CaseworkerPick? MemberPick { get; init; }

    /// <summary>Whether the user sets tasks: <see cref="AssigneePick"/> offers whom to (a large centre's found by name first).</summary>
    public bool SetsTasks => AssigneePick is not null;
}
