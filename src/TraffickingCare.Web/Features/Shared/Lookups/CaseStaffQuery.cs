using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The people who work on a case and so may see it through the case access rule: its lead and its team and, when
/// asked, every coordinator (who sees every case). Anyone a feature hands part of a case to (a task, a conference's
/// invitation or action item) is one of them, or they would be given what they cannot open.
/// </summary>
public sealed class CaseStaffQuery(AppDbContext db)
{
    /// <remarks>
    /// Read from the case's lead and team and the coordinators' role, each account then looked up by key: asked of
    /// every account instead ("is this one on the team?"), the question was put once per account, and the case page's
    /// task form asks it on every view.
    /// </remarks>
    public IQueryable<AppUser> Of(Guid caseId, bool withCoordinators)
    {
        var team = Team(caseId);
        var coordinators = Coordinators();
        var users = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        return withCoordinators
            ? users.Where(u => team.Contains(u.Id) || coordinators.Contains(u.Id))
            : users.Where(u => team.Contains(u.Id));
    }

    /// <summary>
    /// <see cref="Of"/> as options, by name: the case page's task form asks it on every view, so it is compiled, from
    /// <see cref="Of"/> itself (<see cref="CompiledRule"/>), one query for each of its two shapes.
    /// </summary>
    public async Task<IReadOnlyList<CodeListOption>> OptionsAsync(Guid caseId, bool withCoordinators, CancellationToken ct) =>
        await (withCoordinators ? WithCoordinators : TeamOnly).For(db)(db, caseId).ToListAsync(ct);

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<CodeListOption>>> WithCoordinators = new(db =>
        CompiledRule.List(db, (AppDbContext db, Guid caseId) => Options(new CaseStaffQuery(db).Of(caseId, withCoordinators: true))));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<CodeListOption>>> TeamOnly = new(db =>
        CompiledRule.List(db, (AppDbContext db, Guid caseId) => Options(new CaseStaffQuery(db).Of(caseId, withCoordinators: false))));

    private static IQueryable<CodeListOption> Options(IQueryable<AppUser> users) =>
        users.OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName));

    /// <summary>
    /// The case's staff with the coordinators, and the accounts among <paramref name="recorded"/> (those already named on
    /// the case's entries), disabled or not: a colleague who has left the team, or the Centre, keeps their name on what
    /// they did, so correcting the entry, or amending it, does not make its author name someone else.
    /// </summary>
    public IQueryable<AppUser> OfOrRecorded(Guid caseId, IQueryable<string> recorded)
    {
        var team = Team(caseId);
        var coordinators = Coordinators();
        // The ids first, then the test of the disabled: SQLite finds each account by key only when the OR holds ids alone.
        return db.Users.AsNoTracking().Where(u => (team.Contains(u.Id) || coordinators.Contains(u.Id) || recorded.Contains(u.Id))
            && (!u.IsDisabled || recorded.Contains(u.Id)));
    }

    /// <summary>
    /// The case's lead and team, and the account <paramref name="named"/> holds, disabled or not: who the team writes a
    /// findings and opinion with, or sends to escort at a hearing. The entry keeps the colleague it names after they
    /// leave the team or the Centre, so a later save does not drop the name.
    /// </summary>
    public IQueryable<AppUser> TeamOrNamed(Guid caseId, IQueryable<string?>? named)
    {
        var team = Team(caseId);
        var users = db.Users.AsNoTracking();
        return named is null
            ? users.Where(u => !u.IsDisabled && team.Contains(u.Id))
            : users.Where(u => (!u.IsDisabled && team.Contains(u.Id)) || named.Contains(u.Id));
    }

    /// <summary>The people of <see cref="TeamOrNamed"/> as options, by name.</summary>
    public async Task<IReadOnlyList<CodeListOption>> TeamOptionsAsync(Guid caseId, IQueryable<string?>? named, CancellationToken ct) =>
        await TeamOrNamed(caseId, named).OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName)).ToListAsync(ct);

    /// <summary>Whether <paramref name="userId"/> is one of <see cref="TeamOrNamed"/>: one query.</summary>
    public async Task<bool> IsTeamOrNamedAsync(Guid caseId, string userId, IQueryable<string?>? named, CancellationToken ct) =>
        await TeamOrNamed(caseId, named).AnyAsync(u => u.Id == userId, ct);

    /// <summary>
    /// Whether every given user id is one of them with the coordinators, or of <see cref="OfOrRecorded"/> when
    /// <paramref name="recorded"/> is given (ids repeated or none at all pass).
    /// </summary>
    public async Task<bool> AllAsync(Guid caseId, IEnumerable<string> userIds, CancellationToken ct, IQueryable<string>? recorded = null)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var staff = recorded is null ? Of(caseId, withCoordinators: true) : OfOrRecorded(caseId, recorded);
        return ids.Count == 0 || await staff.CountAsync(u => ids.Contains(u.Id), ct) == ids.Count;
    }

    private IQueryable<string> Team(Guid caseId)
    {
        var file = db.Cases.Where(c => c.Id == caseId);
        return file.Select(c => c.LeadCaseworkerId).Concat(file.SelectMany(c => c.Team).Select(m => m.UserId));
    }

    // The role's id first, then its holders from the roles' index: asked of every holding ("is its role the
    // coordinator's?"), SQLite read all of a national centre's 2,500 holdings, on every view of a case.
    private IQueryable<string> Coordinators() =>
        db.UserRoles.Where(ur => db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).Contains(ur.RoleId)).Select(ur => ur.UserId);
}
