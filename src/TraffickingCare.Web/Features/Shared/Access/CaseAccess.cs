using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shared.Access;

/// <summary>
/// The one place that decides which cases a user may see. Every case query starts here, so a case
/// outside the user's reach is simply not found, whatever id is typed into the address.
/// </summary>
public sealed class CaseAccess(AppDbContext db, TimeProvider clock)
{
    /// <summary>The audit entry type that records management's reason for opening a restricted case.</summary>
    public const string RestrictedAccessAuditType = "CaseFile.RestrictedAccess";

    /// <summary>How long one recorded reason opens a restricted case to the manager who gave it: a working day.</summary>
    public static readonly TimeSpan RestrictedAccessWindow = TimeSpan.FromHours(8);

    public IQueryable<CaseFile> Visible(ClaimsPrincipal user)
    {
        var viewer = ViewerOf(user);
        return Visible(db, viewer.Reach, viewer.UserId, viewer.RestrictedSince);
    }

    /// <summary>
    /// What the rule asks of a user: the cases their roles reach (read here only, so that a query compiled for each reach
    /// follows the rule), who they are, and since when a manager's recorded reason still opens a restricted case.
    /// </summary>
    public CaseViewer ViewerOf(ClaimsPrincipal user)
    {
        var reach = user.IsInRole(Roles.Coordinator) ? CaseReach.Every
            : user.IsInRole(Roles.Caseworker) ? CaseReach.WorkedOn
            : user.IsInRole(Roles.Management) ? CaseReach.Unrestricted
            : CaseReach.None;

        // The reaches that ask who the user is refuse a user without an id, as they always did (GetUserId throws).
        var userId = reach is CaseReach.WorkedOn or CaseReach.Unrestricted ? user.GetUserId() : string.Empty;
        return new CaseViewer(reach, userId, clock.GetUtcNow().UtcDateTime - RestrictedAccessWindow);
    }

    /// <summary>
    /// The rule itself, on a given context, for a reach, a user and the start of the restricted window. A compiled query
    /// of a case (the case page's own read) is built from it (<see cref="Data.CompiledRule"/>), one for each reach
    /// (<see cref="PerReach"/>).
    /// </summary>
    internal static IQueryable<CaseFile> Visible(AppDbContext db, CaseReach reach, string userId, DateTime restrictedSince) => reach switch
    {
        CaseReach.Every => db.Cases,
        CaseReach.WorkedOn => WorkedOnBy(db, db.Cases, userId),

        CaseReach.Unrestricted => Unrestricted(db, userId, restrictedSince),
        _ => db.Cases.Where(_ => false),
    };

    /// <summary>
    /// Management reads the caseload, and a restricted case only after recording why: the audit entry with the reason
    /// (a view, <c>OpenRestrictedCaseHandler</c>) is the permission. Shelter staff and administrators see no case.
    /// The cases opened by a reason are an uncorrelated IN list, read once from the manager's own views of the window
    /// (<c>IX_AuditEntries_ViewsByTime</c>), not an EXISTS per restricted case: over the seeded million's 50,053
    /// restricted cases the caseload by status on management's home searched the audit trail 50,053 times. Whether the
    /// list holds anything is asked first, once: a manager with no reason in the window (the usual day) then needs no
    /// restricted case's key, which the caseload's index does not hold (SQLite read 50,053 case rows for it: 0.19 s of
    /// the count, 0.07 s without them).
    /// </summary>
    private static IQueryable<CaseFile> Unrestricted(AppDbContext db, string userId, DateTime restrictedSince)
    {
        var openedByReason = db.AuditEntries
            .Where(a => a.UserId == userId && a.Action == AuditAction.Viewed && a.EntityType == RestrictedAccessAuditType && a.AtUtc >= restrictedSince)
            .Select(a => a.EntityId);
        return db.Cases.Where(c => !c.IsRestricted || (openedByReason.Any() && openedByReason.Contains(c.Id)));
    }

    /// <summary>
    /// The cases a home panel counts for the user: a coordinator's, every case; anyone else's, their own, read from the
    /// lead's and the team's indexes (<see cref="WorkOf"/>, as Moj rad reads them). Counted through Visible's "lead or
    /// team", SQLite walked every case of the Centre in the counted status on its status index: 0.46 s of a caseworker's
    /// home for the overdue decisions at a million imported cases, 1.2 s for the follow-ups due at the seeded million.
    /// </summary>
    public IQueryable<CaseFile> CountedFor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) ? Visible(user) : WorkOf(user, user.GetUserId());

    /// <summary>Closed cases whose follow-up contact is due on or before <paramref name="today"/>: work waiting for their team.</summary>
    public static IQueryable<CaseFile> FollowUpDue(IQueryable<CaseFile> cases, DateOnly today) =>
        cases.Where(c => c.Status == CaseStatus.Closed && c.FollowUpOn != null && c.FollowUpOn <= today);

    /// <summary>
    /// Cases whose findings and opinion has been submitted and waits for a coordinator's approval: an uncorrelated IN
    /// list of the few submitted findings (their status index), each case then found by key. Asked of every case as an
    /// EXISTS, SQLite walked the whole caseload to find them: 84 ms of the coordinator's home and 0.3 s of the list at
    /// the seeded million. Never an anonymised case: nobody approves what is not changed any more.
    /// </summary>
    public IQueryable<CaseFile> AwaitingApproval(IQueryable<CaseFile> cases)
    {
        var submitted = db.Findings.Where(f => f.Status == Domain.Identification.FindingsStatus.Submitted).Select(f => f.CaseId);
        return KeepingItsData(cases).Where(c => submitted.Contains(c.Id));
    }

    /// <summary>
    /// Who may change a case: its team, and the coordinator, while the case keeps its data. It is
    /// <see cref="Visible(ClaimsPrincipal)"/> for the roles that edit, less the anonymised cases: <see cref="MayEditVisible"/>
    /// relies on that, and <see cref="WorksOnVisible"/> on its first half.
    /// </summary>
    public IQueryable<CaseFile> Editable(ClaimsPrincipal user) =>
        Edits(user) ? KeepingItsData(Visible(user)) : db.Cases.Where(_ => false);

    /// <summary>
    /// An anonymised case (its retention ended, <c>Data/Retention/RetentionRun</c>) is read, never changed, reopened
    /// included: whatever were written on it afterwards would hold identifying data that no later run removes, since
    /// the run takes a case once. A person who comes back is a new referral and a new case.
    /// </summary>
    private static IQueryable<CaseFile> KeepingItsData(IQueryable<CaseFile> cases) => cases.Where(c => c.AnonymisedAtUtc == null);

    /// <summary>
    /// Whether the user may change this case (<see cref="Editable"/>), compiled from the rule for each reach
    /// (<see cref="Data.CompiledRule"/>): the handlers of changes and the pages of a case's parts ask it.
    /// </summary>
    public async Task<bool> MayEditAsync(ClaimsPrincipal user, Guid caseId, CancellationToken ct)
    {
        if (!Edits(user))
        {
            return false;
        }

        var viewer = ViewerOf(user);
        return await Reached[viewer.Reach].For(db)(db, caseId, viewer.UserId, viewer.RestrictedSince, ct);
    }

    /// <summary>
    /// Whether the user may change a case that was just found through <see cref="Visible(ClaimsPrincipal)"/> in the same
    /// read, with the day its data was anonymised if it was: <see cref="Editable"/> is Visible for those whose roles
    /// edit, less the anonymised cases, so asking the database again (as <see cref="MayEditAsync"/> does for a case id
    /// alone) would only repeat the answer. The case page asked it on every view.
    /// </summary>
    public static bool MayEditVisible(ClaimsPrincipal user, DateTime? anonymisedAtUtc) => Edits(user) && anonymisedAtUtc is null;

    /// <summary>
    /// Whether the user works on a case just found through <see cref="Visible(ClaimsPrincipal)"/>: its team or the
    /// coordinator, for whom Visible is the cases they work on. Unlike <see cref="MayEditVisible"/> it holds for an
    /// anonymised case too: the story's rule (<see cref="Story.CaseStory"/>) asks it of every case, changed or not.
    /// </summary>
    public static bool WorksOnVisible(ClaimsPrincipal user) => Edits(user);

    private static bool Edits(ClaimsPrincipal user) => user.Meets(Policies.CaseEditors);

    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, Guid, string, DateTime, CancellationToken, Task<bool>>>> Reached =
        PerReach((db, reach) => CompiledRule.Any<Guid, string, DateTime, CaseFile>(db, (db, id, userId, restrictedSince) =>
            KeepingItsData(Visible(db, reach, userId, restrictedSince)).Where(c => c.Id == id)));

    /// <summary>
    /// One compiled query for each reach of the rule, each built by <paramref name="compile"/> from
    /// <see cref="Visible(AppDbContext, CaseReach, string, DateTime)"/> of its reach (<see cref="Data.CompiledRule"/>): a
    /// caller picks the one of its viewer's reach (<see cref="ViewerOf"/>) and passes the viewer's id and window.
    /// </summary>
    internal static IReadOnlyDictionary<CaseReach, CompiledPerModel<TQuery>> PerReach<TQuery>(Func<DbContext, CaseReach, TQuery> compile)
        where TQuery : class =>
        CompiledPerModel.PerShape(Enum.GetValues<CaseReach>(), compile);

    /// <summary>
    /// Who may write a case's findings and opinion: its team only. A coordinator outside the team reviews,
    /// returns and approves it, and never writes in it: whoever writes in it cannot approve it (four eyes).
    /// </summary>
    public IQueryable<CaseFile> OnTeam(ClaimsPrincipal user)
    {
        return WorkedOnBy(Editable(user), user.GetUserId());
    }

    /// <summary>
    /// The cases among <paramref name="cases"/> that the user leads or is on the team of. The team is an uncorrelated
    /// IN list (one search of the team's (UserId, CaseId) index), not an EXISTS per case: with the lead's index SQLite
    /// answers "lead or team" with two index searches instead of reading every case of the Centre.
    /// </summary>
    public IQueryable<CaseFile> WorkedOnBy(IQueryable<CaseFile> cases, string userId) => WorkedOnBy(db, cases, userId);

    private static IQueryable<CaseFile> WorkedOnBy(AppDbContext db, IQueryable<CaseFile> cases, string userId)
    {
        var onTeam = db.Set<CaseTeamMember>().Where(m => m.UserId == userId).Select(m => m.CaseId);
        return cases.Where(c => c.LeadCaseworkerId == userId || onTeam.Contains(c.Id));
    }

    /// <summary>
    /// The cases <paramref name="viewer"/> may see that <paramref name="assigneeId"/> leads or is on the team of, as one
    /// person's work lists read them: driven from the assignee's own case ids (the lead's index and the team's index,
    /// united) and joined to the cases by key. With <see cref="WorkedOnBy"/> alone SQLite starts a list filtered by
    /// status or date from that column's index and tests every matching case of the Centre against the assignee: for
    /// a coordinator who leads no case that read 20,000 to 36,000 rows to find none.
    /// </summary>
    public IQueryable<CaseFile> WorkOf(ClaimsPrincipal viewer, string assigneeId)
    {
        var work = WorkViewerOf(viewer, assigneeId);
        return WorkOf(db, work.Shape, assigneeId, work.Viewer.UserId, work.Viewer.RestrictedSince);
    }

    /// <summary>
    /// What <see cref="WorkOf"/> asks of the viewer: the shape of the rule (a caseworker's own work, or the viewer's
    /// reach over someone's) and what the access rule asks of them (<see cref="ViewerOf"/>).
    /// </summary>
    public (WorkShape Shape, CaseViewer Viewer) WorkViewerOf(ClaimsPrincipal viewer, string assigneeId)
    {
        var reader = ViewerOf(viewer);
        // A caseworker sees exactly the cases they work on (Visible above), so their own work needs no second test.
        var own = viewer.IsInRole(Roles.Caseworker) && assigneeId == viewer.GetUserId();
        return (new WorkShape(reader.Reach, own), reader);
    }

    /// <summary>
    /// <see cref="WorkOf(ClaimsPrincipal, string)"/> on a given context, for a shape: what a compiled work list of
    /// <see cref="PerWorkShape"/> is built from.
    /// </summary>
    internal static IQueryable<CaseFile> WorkOf(AppDbContext db, WorkShape shape, string assigneeId, string userId, DateTime restrictedSince)
    {
        var ids = db.Cases.Where(c => c.LeadCaseworkerId == assigneeId).Select(c => c.Id)
            .Union(db.Set<CaseTeamMember>().Where(m => m.UserId == assigneeId).Select(m => m.CaseId));
        var cases = shape.Own ? db.Cases : Visible(db, shape.Reach, userId, restrictedSince);
        // Written as a cross join filtered by key, not a join: SQLite keeps the left side of a CROSS JOIN as the outer
        // loop, so it reads the assignee's few ids and looks each case up by key. As an INNER JOIN it chose the index
        // that gives a list its order (status, due day) and searched the ids through a temporary index per request.
        return from id in ids
               from c in cases
               where c.Id == id
               select c;
    }

    /// <summary>One compiled work list for each shape of <see cref="WorkOf(AppDbContext, WorkShape, string, string, DateTime)"/>, as <see cref="PerReach"/>.</summary>
    internal static IReadOnlyDictionary<WorkShape, CompiledPerModel<TQuery>> PerWorkShape<TQuery>(Func<DbContext, WorkShape, TQuery> compile)
        where TQuery : class =>
        CompiledPerModel.PerShape(Enum.GetValues<CaseReach>().SelectMany(reach => new[] { new WorkShape(reach, Own: false), new WorkShape(reach, Own: true) }), compile);
}

/// <summary>What the case access rule asks of a user (<see cref="CaseAccess.ViewerOf"/>).</summary>
public readonly record struct CaseViewer(CaseReach Reach, string UserId, DateTime RestrictedSince);

/// <summary>The shape of one person's work list (<see cref="CaseAccess.WorkOf(ClaimsPrincipal, string)"/>): the viewer's reach, and whether it is a caseworker's own work.</summary>
public readonly record struct WorkShape(CaseReach Reach, bool Own);

/// <summary>Which cases a user's roles reach.</summary>
public enum CaseReach
{
    None,

    /// <summary>The coordinator: every case.</summary>
    Every,

    /// <summary>A caseworker: the cases they lead or are on the team of.</summary>
    WorkedOn,

    /// <summary>Management: every case that is not restricted, and a restricted one for a while after recording why.</summary>
    Unrestricted,
}
