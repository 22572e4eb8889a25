using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Activity.Teams;

/// <summary>Local teams straight in the database. A municipality's earlier live team (of another test) is removed first: one live team per municipality.</summary>
internal static class TeamArrange
{
    public static Task<LocalTeam> TeamAsync(
        this AppFactory factory, string municipality, LocalTeamStatus status = LocalTeamStatus.Active, Guid[]? members = null, params DateOnly[] meetings) =>
        factory.WithDbAsync(async db =>
        {
            var clock = new CentreClock(factory.Clock);
            foreach (var earlier in await db.LocalTeams.Where(t => t.MunicipalityCode == municipality).ToListAsync())
            {
                earlier.SoftDelete(null, clock.UtcNow);
            }

            await db.SaveChangesAsync();
            var team = LocalTeam.Form(new(municipality, status, members ?? [], null, null), null, clock.UtcNow);
            foreach (var day in meetings)
            {
                team.RecordMeeting(day, 8, "Dogovoren plan rada.", clock.Today);
            }

            db.LocalTeams.Add(team);
            await db.SaveChangesAsync();
            return team;
        });
}
