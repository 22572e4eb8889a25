using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>The case page's field visits: the latest few and a link to the visits page, where the team records one.</summary>
public sealed class FieldVisitsPanel(AppDbContext db, CodeListOptionsQuery codes, FieldVisitRows rows, CentreClock clock) : ICasePanel
{
    public const int Latest = 3;

    public int Order => 200;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var total = await Count.For(db)(db, context.CaseId, ct);
        var purposes = await codes.GetAsync(FieldVisitForm.PurposeList, ct: ct);
        var latest = await rows.LatestOfCaseAsync(context.CaseId, context.ShowsStory, purposes, context.User, clock.UtcNow, ct);
        return CasePanelView.Beside(this, "_FieldVisitsPanel", new FieldVisitsPanelModel(context.CaseId, latest, total, context.CanEdit));
    }

    // Compiled: asked on every view of a case (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<int>>> Count = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid caseId, CancellationToken ct) => db.FieldVisits.Count(v => v.CaseId == caseId)));
}
