using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>Changes a team (status, members, coordinator, even its municipality) with the version the user saw.</summary>
public sealed class ChangeTeamHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid teamId, LocalTeamForm form, string userId, CancellationToken ct)
    {
        var team = await db.LocalTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return ChangeResult.NotFound;
        }

        if (await TeamMunicipality.IsTakenAsync(db, form.MunicipalityCode, teamId, ct))
        {
            return TeamMunicipality.Taken;
        }

        db.Entry(team).Property(t => t.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            team.Change(LocalTeamFormQuery.DetailsOf(form), userId, clock.UtcNow);
            return await TeamMunicipality.SaveAsync(db, () => ChangeResult.Done, form.MunicipalityCode, teamId, ct);
        });
    }
}
