using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>The team page of a case the user may change: its lead first, then its members by name, and the picker.</summary>
public sealed class CaseTeamQuery(AppDbContext db, CaseAccess access, CaseworkerOptionsQuery caseworkers)
{
    /// <param name="find">What the coordinator typed to find a caseworker (a large centre's picker searches).</param>
    /// <param name="chosen">The member a refused change named: offered again, though no search is shown with it.</param>
    public async Task<CaseTeamPage?> PageAsync(Guid caseId, ClaimsPrincipal user, string? find, CancellationToken ct, string? chosen = null)
    {
        var file = await access.Editable(user).AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Code, c.Version, c.IsRestricted, c.LeadCaseworkerId, Members = c.Team.Select(m => m.UserId).ToList() })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var ids = file.Members.Append(file.LeadCaseworkerId).Distinct().ToList();
        var named = await CaseworkerOptionsQuery.Options(db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))).ToListAsync(ct);
        CodeListOption Option(string userId) => named.FirstOrDefault(o => o.Code == userId) ?? new(userId, userId);
        List<CodeListOption> team = [Option(file.LeadCaseworkerId), .. file.Members.Where(m => m != file.LeadCaseworkerId).Select(Option).OrderBy(o => o.Label)];
        return new CaseTeamPage(file.Id, file.Code, file.Version, file.IsRestricted, team, await caseworkers.PickAsync(find, [chosen], ct));
    }
}
