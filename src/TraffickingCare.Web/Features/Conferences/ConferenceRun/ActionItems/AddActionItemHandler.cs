using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>Adds an action item to a conference that is running (the domain counts the items, so they are loaded).</summary>
public sealed class AddActionItemHandler(AppDbContext db, ConferenceAccess access, CaseStaffQuery caseStaff, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, ConferenceActionItemForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user).Include(c => c.ActionItems).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        var owner = StaffOrPartnerValue.TryParse(form.Owner, out var who) ? who.UserId : null;
        if (owner is not null && !await caseStaff.AllAsync(conference.CaseId, [owner], ct))
        {
            return ChangeResult.Refused("Conferences.ActionItems.OwnerOffTeam", nameof(ConferenceActionItemForm.Owner));
        }

        _ = CentreClock.TryParseDate(form.DueOn, out var dueOn);
        return await ChangeResult.OfAsync(async () =>
        {
            conference.AddActionItem(form.Description ?? string.Empty, owner, form.OwnerExternal, dueOn, clock.Today);
            await db.SaveChangesAsync(ct);
        });
    }
}
