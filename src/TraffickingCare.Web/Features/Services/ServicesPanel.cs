using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>The case page's services: the latest few, how many in all, and the quick-entry form for the team.</summary>
public sealed class ServicesPanel(AppDbContext db, CodeListOptionsQuery codes, StaffOrPartnerOptionsQuery givers, ServiceRows rows, ServicesPageQuery pages, CentreClock clock) : ICasePanel
{
    public const int Latest = 5;

    public int Order => 100;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var services = db.CaseServices.AsNoTracking().Where(s => s.CaseId == context.CaseId);
        var total = await services.CountAsync(ct);
        var types = await codes.GetAsync(ServiceForm.TypeList, ct: ct);
        var latest = await rows.ListAsync(
            services.OrderByDescending(s => s.On).ThenByDescending(s => s.WrittenAtUtc).Take(Latest), context.ShowsStory, types, context.User, clock.UtcNow, ct);
        ServiceEntry? entry = null;
        if (context.CanEdit)
        {
            var options = await givers.ForCaseAsync(context.CaseId, ServiceGivers.Recorded(db, context.CaseId), ct);
            entry = new ServiceEntry(context.CaseId, pages.NewForm(options, context.User), types, options) { FromCasePage = true };
        }

        return CasePanelView.Beside(this, "_ServicesPanel", new ServicesPanelModel(context.CaseId, latest, total, entry));
    }
}
