using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.FollowUp;

/// <summary>
/// The coordinator's home: open action items of case conferences past their due day, across the Centre (the
/// coordinator sees every case), the count and the ten earliest. Two SQL commands; nothing shown when none is late.
/// </summary>
public sealed class OverdueActionItemsPanel(AppDbContext db, CentreClock clock) : IHomePanel
{
    public const int Shown = 10;

    public int Order => 45;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Coordinator))
        {
            return null;
        }

        var today = clock.Today;
        var overdue =
            from i in db.ConferenceActionItems
            where i.Status == ActionItemStatus.Open && i.DueOn < today
            join c in db.CaseConferences on i.ConferenceId equals c.Id
            where c.Status != ConferenceStatus.Cancelled
            select new { Item = i, Conference = c };
        var count = await overdue.CountAsync(ct);
        if (count == 0)
        {
            return null;
        }

        var earliest = await overdue.AsNoTracking()
            .OrderBy(x => x.Item.DueOn)
            .Take(Shown)
            .Select(x => new
            {
                x.Conference.Id,
                Code = db.Cases.Where(k => k.Id == x.Item.CaseId).Select(k => k.Code).First(),
                x.Item.DueOn,
                x.Item.OwnerExternal,
                Staff = db.Users.Where(u => u.Id == x.Item.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return HomePanelView.Beside(this, "_OverdueActionItems",
            new OverdueActionItems(count, [.. earliest.Select(e => new OverdueActionItem(e.Id, e.Code, e.DueOn, e.OwnerExternal ?? e.Staff ?? "–"))]), Roles.Coordinator);
    }
}
