using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>Records support the signed-in user gave a team.</summary>
public sealed class RecordSupportHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid teamId, SupportForm form, string userId, CancellationToken ct)
    {
        var team = await db.LocalTeams.SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return ChangeResult.NotFound;
        }

        CentreClock.TryParseDate(form.GivenOn, out var givenOn);
        return await ChangeResult.OfAsync(async () =>
        {
            db.LocalTeamSupport.Add(team.RecordSupport(givenOn, Enum.Parse<LocalTeamSupportKind>(form.Kind!), form.Note, userId, clock.Today));
            await db.SaveChangesAsync(ct);
        });
    }
}
