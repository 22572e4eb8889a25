using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>
/// Who a user may give a task to. A caseworker: themselves or a colleague (a caseworker); a task about a case only to
/// someone on that case's team, who can see it. The coordinator: anyone who has work here; a task about a case to its
/// team or a coordinator (who sees every case). Nobody else sets tasks.
/// </summary>
public sealed class AssigneeOptionsQuery(CaseworkerOptionsQuery caseworkers, CaseStaffQuery caseStaff)
{
    /// <summary>
    /// The task form of Moj rad: the user and, in a centre of up to <see cref="CaseworkerOptionsQuery.ListedUpTo"/>
    /// accounts, everyone they may give a task to; in a larger one, those found for <paramref name="find"/>. Null
    /// for a user who sets no tasks.
    /// </summary>
    /// <param name="keep">An assignee already chosen (a refused form's), offered as well.</param>
    public async Task<CaseworkerPick?> ForWorkAsync(ClaimsPrincipal user, string? find, string? keep, CancellationToken ct) =>
        RolesFor(user) is { } roles ? await caseworkers.PickAsync(find, [user.GetUserId(), keep], ct, roles) : null;

    /// <summary>Whether the user may give a task that is about no case to <paramref name="assigneeId"/>: one query.</summary>
    public async Task<bool> MayGiveWorkAsync(ClaimsPrincipal user, string? assigneeId, CancellationToken ct) =>
        RolesFor(user) is { } roles && await caseworkers.IsCaseworkerAsync(assigneeId, ct, roles);

    /// <summary>The case's team (lead and members) and, when a coordinator sets the task, the coordinators.</summary>
    public Task<IReadOnlyList<CodeListOption>> ForCaseAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct) =>
        caseStaff.OptionsAsync(caseId, withCoordinators: user.IsInRole(Roles.Coordinator), ct);

    private static IReadOnlyCollection<string>? RolesFor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) ? WorkRoles.All
        : user.IsInRole(Roles.Caseworker) ? [Roles.Caseworker]
        : null;
}
