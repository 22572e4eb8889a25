using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>Adds a dated, signed addendum below closed minutes; the minutes themselves are never edited.</summary>
public sealed class AddAddendumHandler(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, ConferenceAddendumForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            conference.AddAddendum(form.Text ?? string.Empty, user.GetUserId(), clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
