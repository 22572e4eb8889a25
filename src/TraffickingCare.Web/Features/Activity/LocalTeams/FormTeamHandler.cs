using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>Records a municipality's local team; a second live team for the municipality is refused on the field.</summary>
public sealed class FormTeamHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(LocalTeamForm form, string userId, CancellationToken ct)
    {
        if (await TeamMunicipality.IsTakenAsync(db, form.MunicipalityCode, null, ct))
        {
            return TeamMunicipality.Taken;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            var team = LocalTeam.Form(LocalTeamFormQuery.DetailsOf(form), userId, clock.UtcNow);
            db.LocalTeams.Add(team);
            return await TeamMunicipality.SaveAsync(db, () => ChangeResult.Done with { Id = team.Id }, form.MunicipalityCode, null, ct);
        });
    }
}
