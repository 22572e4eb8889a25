using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>The case's conferences on the case page (latest first), and the link to schedule one for those who work on the case. One query.</summary>
public sealed class ConferencesPanel(AppDbContext db) : ICasePanel
{
    public const int MaxRows = 50;

    public int Order => 600;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var rows = await Latest.For(db)(db, context.CaseId).ToListAsync(ct);
        return CasePanelView.Beside(this, "_ConferencesPanel", new ConferencesPanelModel(context.CaseId, context.CanEdit, rows));
    }

    // Compiled: asked on every view of a case (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<ConferencePanelRow>>> Latest = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, ConferencePanelRow>((db, caseId) =>
            db.CaseConferences.AsNoTracking()
                .Where(c => c.CaseId == caseId)
                .OrderByDescending(c => c.StartsAtUtc)
                .Take(MaxRows)
                .Select(c => new ConferencePanelRow(c.Id, c.StartsAtUtc, c.Status))));
}

public sealed record ConferencesPanelModel(Guid CaseId, bool CanEdit, IReadOnlyList<ConferencePanelRow> Rows);

public sealed record ConferencePanelRow(Guid Id, DateTime StartsAtUtc, ConferenceStatus Status);
