using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>Records a meeting of a team.</summary>
public sealed class RecordMeetingHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid teamId, MeetingForm form, CancellationToken ct)
    {
        var team = await db.LocalTeams.SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return ChangeResult.NotFound;
        }

        CentreClock.TryParseDate(form.HeldOn, out var heldOn);
        return await ChangeResult.OfAsync(async () =>
        {
            db.LocalTeamMeetings.Add(team.RecordMeeting(heldOn, form.Participants ?? 0, form.Conclusions, clock.Today));
            await db.SaveChangesAsync(ct);
        });
    }
}
