using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.AccessAlerts;

/// <summary>
/// Management's way to the access alerts, with how many wait for review, first on its home page (the main menu of
/// management is already as wide as the screen). One count on the alerts' index.
/// </summary>
public sealed class AccessAlertsPanel(AppDbContext db) : IHomePanel
{
    public int Order => 1;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.AccessAlertReviewers))
        {
            return null;
        }

        var open = await db.BulkViewAlerts.CountAsync(a => a.ReviewedBy == null, ct);
        return HomePanelView.Beside(this, "_AccessAlerts", new HomeCount(open), Roles.Management);
    }
}
