using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>Removes a meeting recorded by mistake (marked removed; it no longer counts). Another team's meeting is not found.</summary>
public sealed class RemoveMeetingHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid teamId, Guid meetingId, string userId, CancellationToken ct)
    {
        var team = await db.LocalTeams.Include(t => t.Meetings.Where(m => m.Id == meetingId)).SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null || team.Meetings.Count == 0)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            team.RemoveMeeting(meetingId, userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
