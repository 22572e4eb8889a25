using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The enabled caseworkers a referral or case can be given to (value: user id; label: display name); a picker may ask
/// for other roles' accounts instead (the coordinator's task form on Moj rad offers everyone who has work).
/// </summary>
public sealed class CaseworkerOptionsQuery(AppDbContext db)
{
    private static readonly string[] CaseworkerRole = [Roles.Caseworker];

    /// <summary>Up to this many caseworker accounts a picker lists them all; beyond it, it finds them by name.</summary>
    public const int ListedUpTo = 50;

    /// <summary>How many caseworkers a search offers at most (the first, by name).</summary>
    public const int FoundAtMost = 20;

    /// <summary>
    /// The caseworkers a picker offers: all of them in a centre of up to <see cref="ListedUpTo"/> accounts; in a larger
    /// one, the first <see cref="FoundAtMost"/> whose name or user name contains <paramref name="find"/>, and none
    /// until something is typed (a national deployment's thousands of options made a page of half a megabyte).
    /// </summary>
    /// <param name="keep">The choices already made (an assignee, a chosen member): offered too while they are enabled
    /// caseworkers, when a search leaves them out, as a record keeps its code in a code list.</param>
    /// <param name="roles">Whose accounts it offers: caseworkers unless given.</param>
    /// <param name="withDisabled">Disabled accounts too (a filter of what they did while they worked here).</param>
    public async Task<CaseworkerPick> PickAsync(
        string? find, IEnumerable<string?> keep, CancellationToken ct, IReadOnlyCollection<string>? roles = null, bool withDisabled = false)
    {
        roles ??= CaseworkerRole;

        if (await ListsAllAsync(roles, ct))
        {
            return new CaseworkerPick([], await Options(Accounts(roles, withDisabled)).ToListAsync(ct), Searches: false, Find: null);
        }

        var typed = find?.Trim();
        List<CodeListOption> found = [];
        if (!string.IsNullOrEmpty(typed))
        {
            found = await FirstFound(Accounts(roles, withDisabled), typed).ToListAsync(ct);
        }

        var missing = keep.OfType<string>().Where(id => found.All(o => o.Code != id)).Distinct(StringComparer.Ordinal).ToList();
        List<CodeListOption> kept = missing.Count == 0 ? [] : await Options(Accounts(roles, withDisabled).Where(u => missing.Contains(u.Id))).ToListAsync(ct);
        return new CaseworkerPick(kept, found, Searches: true, Find: string.IsNullOrEmpty(typed) ? null : typed);
    }

    /// <summary>
    /// Whether a picker of <paramref name="roles"/> lists them all: they are held at most <see cref="ListedUpTo"/> times,
    /// disabled accounts included and an account holding two counted twice (a close enough measure of the Centre's size
    /// to choose between listing and searching).
    /// </summary>
    public async Task<bool> ListsAllAsync(IReadOnlyCollection<string> roles, CancellationToken ct) =>
        await RoleHoldersUpToLimit.For(db)(db, [.. roles], ct) <= ListedUpTo;

    // Compiled: every picker asks it each time it is shown (the case page's team form did on every view of a case). The
    // roles' ids first, then their holders from the roles' index, counted no further than the limit: asked of every
    // holding, and all counted, it read a national centre's 2,500 holdings on every view.
    private static readonly CompiledPerModel<Func<AppDbContext, List<string>, CancellationToken, Task<int>>> RoleHoldersUpToLimit = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, List<string> roles, CancellationToken ct) =>
            db.UserRoles.Where(ur => db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).Contains(ur.RoleId)).Take(ListedUpTo + 1).Count()));

    /// <summary>The first <see cref="FoundAtMost"/> of <paramref name="users"/> whose name or user name contains <paramref name="typed"/>, by name.</summary>
    public static IQueryable<CodeListOption> FirstFound(IQueryable<AppUser> users, string typed)
    {
        var pattern = LikePattern.Containing(typed);
        return Options(users.Where(u => EF.Functions.Like(u.DisplayName, pattern, LikePattern.Escape) || EF.Functions.Like(u.UserName!, pattern, LikePattern.Escape)))
            .Take(FoundAtMost);
    }

    /// <summary>Accounts as options (value: user id; label: display name), by name.</summary>
    public static IQueryable<CodeListOption> Options(IQueryable<AppUser> users) =>
        users.OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName));

    /// <summary>Whether the user is an enabled caseworker (or an enabled account of one of <paramref name="roles"/>).</summary>
    public async Task<bool> IsCaseworkerAsync(string? userId, CancellationToken ct, IReadOnlyCollection<string>? roles = null) =>
        userId is not null && await Accounts(roles, withDisabled: false).AnyAsync(u => u.Id == userId, ct);

    private IQueryable<AppUser> Accounts(IReadOnlyCollection<string>? roles, bool withDisabled)
    {
        roles ??= CaseworkerRole;
        return db.Users.AsNoTracking()
            .Where(u => (withDisabled || !u.IsDisabled)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
    }

}
