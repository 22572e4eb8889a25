using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>
/// Every live team (a municipality has at most one, so the list is never long) with its member and meeting counts
/// in one query, and the place and region labels in a second: two SQL commands whatever the number of teams.
/// </summary>
public sealed class TeamListQuery(AppDbContext db, CodeListOptionsQuery codeLists, CentreClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<TeamListViewModel> GetAsync(TeamListFilter filter, CancellationToken ct)
    {
        var year = clock.Today.Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.LocalTeams.AsNoTracking()
            .Select(t => new TeamListRow(
                t.Id,
                t.MunicipalityCode,
                t.Status,
                db.LocalTeamMembers.Count(m => m.TeamId == t.Id),
                db.LocalTeamMeetings.Count(m => m.TeamId == t.Id && m.HeldOn >= from && m.HeldOn <= to),
                db.LocalTeamMeetings.Where(m => m.TeamId == t.Id).Max(m => (DateOnly?)m.HeldOn)))
            .ToListAsync(ct);

        var regionOf = rows.ToDictionary(r => r.Id, r => MunicipalityRegions.Of(r.MunicipalityCode));
        var labels = await codeLists.GetLabelsAsync(["Municipality", "Region"], [.. rows.Select(r => r.MunicipalityCode).Distinct(), .. MunicipalityRegions.Regions], ct);
        string RegionLabel(string region) => region == MunicipalityRegions.Unknown
            ? l["Activity.TeamsPage.UnknownRegion"]
            : labels.GetValueOrDefault(("Region", region), region);

        rows = [.. rows.Select(r => r with { Municipality = labels.GetValueOrDefault(("Municipality", r.MunicipalityCode), r.MunicipalityCode) })];
        var regions = MunicipalityRegions.Regions.Append(MunicipalityRegions.Unknown).ToList();
        var counts = regions
            .Where(region => region != MunicipalityRegions.Unknown || regionOf.ContainsValue(region))
            .Select(region => TeamRegionCounts.Of(RegionLabel(region), [.. rows.Where(r => regionOf[r.Id] == region)]))
            .ToList();

        var shown = Enum.TryParse<LocalTeamStatus>(filter.Status, out var status) && Enum.IsDefined(status) && !int.TryParse(filter.Status, out _)
            ? rows.Where(r => r.Status == status).ToList()
            : rows;
        var groups = regions
            .Select(region => new TeamRegionGroup(region, RegionLabel(region), [.. shown.Where(r => regionOf[r.Id] == region).OrderBy(r => r.Municipality, StringComparer.CurrentCulture)]))
            .Where(g => g.Teams.Count > 0)
            .ToList();
        return new TeamListViewModel(filter, year, counts, TeamRegionCounts.Of(l["Activity.TeamsPage.Total"], rows), groups);
    }
}
