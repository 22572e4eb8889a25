using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// The colleagues a large synthetic caseload needs: a centre with a hundred thousand cases has hundreds of
/// caseworkers, each leading tens of open cases, not two people holding eighteen thousand each (which would measure
/// an office nobody runs). One account per <see cref="CasesPerCaseworker"/> cases, "Demo radnik NNN", with no
/// password, so none of them can sign in; the demo caseworkers share the load with them like any colleague.
/// </summary>
internal static class SyntheticCaseworkers
{
    public const int CasesPerCaseworker = 400;

    public static async Task EnsureAsync(AppDbContext db, UserManager<AppUser> users, int cases, DateTime now, CancellationToken ct)
    {
        var wanted = cases / CasesPerCaseworker;
        for (var i = 1; i <= wanted; i++)
        {
            ct.ThrowIfCancellationRequested();
            var userName = $"radnik.s{i:D4}";
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = userName, DisplayName = $"Demo radnik {i:D4}", Email = $"{userName}@demo.invalid", EmailConfirmed = true, CreatedAtUtc = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, Roles.Caseworker)).Succeeded)
            {
                throw new InvalidOperationException("Synthetic caseworker could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
            }

            // The user manager saves through the seed's context, which keeps every account, role row and audit entry
            // it saved: each save would scan all of them again (2,500 accounts at a million cases took two minutes).
            db.ChangeTracker.Clear();
        }
    }
}
