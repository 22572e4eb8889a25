using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>A team's page, newest meetings and support first; null when there is no such team.</summary>
public sealed class TeamPageQuery(AppDbContext db, CodeListOptionsQuery codeLists, IStringLocalizer<SharedResource> l)
{
    public async Task<TeamPage?> GetAsync(Guid teamId, CancellationToken ct)
    {
        var team = await db.LocalTeams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.MunicipalityCode, t.Status, t.CoordinatorName, t.CoordinatorPartnerId })
            .SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }

        // Members merged away in the directory are soft-deleted there: the team still shows the name it was given.
        // Ignoring the filters covers the whole query, hence the explicit check on the team's own member rows.
        var members = await db.LocalTeamMembers.AsNoTracking().Where(m => m.TeamId == teamId && !m.IsDeleted)
            .Join(db.Partners.IgnoreQueryFilters(), m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.Name, p.Sector })
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
        var meetings = await db.LocalTeamMeetings.AsNoTracking().Where(m => m.TeamId == teamId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.CreatedAtUtc)
            .Select(m => new TeamPage.Meeting(m.Id, m.HeldOn, m.Participants, m.Conclusions))
            .ToListAsync(ct);
        var support = await db.LocalTeamSupport.AsNoTracking().Where(s => s.TeamId == teamId)
            .OrderByDescending(s => s.GivenOn).ThenByDescending(s => s.CreatedAtUtc)
            .Select(s => new TeamPage.SupportGiven(s.GivenOn, s.Kind, db.Users.Where(u => u.Id == s.GivenBy).Select(u => u.DisplayName).FirstOrDefault() ?? "—", s.Note))
            .ToListAsync(ct);
        var region = MunicipalityRegions.Of(team.MunicipalityCode);
        var labels = await codeLists.GetLabelsAsync(["Municipality", "Region"], [team.MunicipalityCode, region], ct);

        return new TeamPage(
            teamId,
            labels.GetValueOrDefault(("Municipality", team.MunicipalityCode), team.MunicipalityCode),
            region == MunicipalityRegions.Unknown ? l["Activity.TeamsPage.UnknownRegion"] : labels.GetValueOrDefault(("Region", region), region),
            team.Status,
            team.CoordinatorName,
            members.FirstOrDefault(m => m.Id == team.CoordinatorPartnerId)?.Name,
            [.. members.Select(m => new TeamPage.Member(m.Name, m.Sector))],
            meetings,
            support);
    }
}
