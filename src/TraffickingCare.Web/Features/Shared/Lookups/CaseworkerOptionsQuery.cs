using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>The enabled caseworkers a referral or case can be given to (value: user id; label: display name).</summary>
public sealed class CaseworkerOptionsQuery(AppDbContext db)
{
    /// <summary>Up to this many caseworker accounts a picker lists them all; beyond it, it finds them by name.</summary>
    public const int ListedUpTo = 50;

    /// <summary>How many caseworkers a search offers at most (the first, by name).</summary>
    public const int FoundAtMost = 20;

    public async Task<IReadOnlyList<CodeListOption>> GetAsync(CancellationToken ct) =>
        await Options(Caseworkers()).ToListAsync(ct);

    /// <summary>
    /// The caseworkers a picker offers: all of them in a centre of up to <see cref="ListedUpTo"/> accounts; in a larger
    /// one, the first <see cref="FoundAtMost"/> whose name or user name contains <paramref name="find"/>, and none
    /// until something is typed (a national deployment's thousands of options made a page of half a megabyte).
    /// </summary>
    /// <param name="keep">The choices already made (an assignee, a chosen member): offered too while they are enabled
    /// caseworkers, when a search leaves them out, as a record keeps its code in a code list.</param>
    public async Task<CaseworkerPick> PickAsync(string? find, IEnumerable<string?> keep, CancellationToken ct)
    {
        // Counted from the role's index, disabled accounts included: a close enough measure of the Centre's size.
        var accounts = await db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Caseworker), ct);
        if (accounts <= ListedUpTo)
        {
            return new CaseworkerPick([], await GetAsync(ct), Searches: false, Find: null);
        }

        var typed = find?.Trim();
        List<CodeListOption> found = [];
        if (!string.IsNullOrEmpty(typed))
        {
            var pattern = "%" + typed.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            found = await Options(Caseworkers().Where(u => EF.Functions.Like(u.DisplayName, pattern, "\\") || EF.Functions.Like(u.UserName!, pattern, "\\")))
                .Take(FoundAtMost)
                .ToListAsync(ct);
        }

        var missing = keep.OfType<string>().Where(id => found.All(o => o.Code != id)).Distinct(StringComparer.Ordinal).ToList();
        List<CodeListOption> kept = missing.Count == 0 ? [] : await Options(Caseworkers().Where(u => missing.Contains(u.Id))).ToListAsync(ct);
        return new CaseworkerPick(kept, found, Searches: true, Find: string.IsNullOrEmpty(typed) ? null : typed);
    }

    public async Task<bool> IsCaseworkerAsync(string? userId, CancellationToken ct) =>
        userId is not null && await Caseworkers().AnyAsync(u => u.Id == userId, ct);

    private IQueryable<AppUser> Caseworkers() =>
        db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Caseworker)));

    private static IQueryable<CodeListOption> Options(IQueryable<AppUser> users) =>
        users.OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName));
}
