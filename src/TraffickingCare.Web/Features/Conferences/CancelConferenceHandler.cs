using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>Calls off a conference not yet held, with the version the user saw; it stays on the case's list as cancelled.</summary>
public sealed class CancelConferenceHandler(AppDbContext db, ConferenceAccess access)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(conference).Property(c => c.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            conference.Cancel();
            await db.SaveChangesAsync(ct);
        });
    }
}
