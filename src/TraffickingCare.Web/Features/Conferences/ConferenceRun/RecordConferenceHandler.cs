using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>
/// Saves what the run page holds (the draft and the Save button alike) with the version the page carries; a page
/// older than the conference is refused, never saved over it. <paramref name="then"/> is a further step of the same
/// save (closing the minutes). Done answers with the new version, which the draft writes back into the page.
/// </summary>
public sealed class RecordConferenceHandler(AppDbContext db, ConferenceAccess access)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, ConferenceRunForm form, ClaimsPrincipal user, CancellationToken ct, Action<CaseConference>? then = null)
    {
        var conference = await access.Runnable(user)
            .Include(c => c.Participants).Include(c => c.Agenda)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            // Checked first, not only at the save: a page identical to an older state changes no row, and would otherwise
            // be answered with the current version as if it had been up to date; and a page older than a change of the
            // invitation names someone no longer invited, which is that change, not an unknown part. Minutes closed or
            // cancelled meanwhile are refused as such by Record.
            if (conference.Version != form.Version && conference.Status == ConferenceStatus.Scheduled)
            {
                return ChangeResult.Refused(ChangeResult.ConflictKey);
            }

            conference.Record(form.ToRecord());
            then?.Invoke(conference);
            db.Entry(conference).Property(c => c.Version).OriginalValue = form.Version;
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Version = conference.Version };
        });
    }
}
