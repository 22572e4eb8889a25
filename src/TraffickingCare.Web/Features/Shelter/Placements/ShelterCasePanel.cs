using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// The case's stays in the shelter on the case page (one SQL command): unit, room and bed by name, never the address.
/// The exit reason is text about the person: shown only where the case page shows its story. The team and the
/// coordinator get the individual plan's PDF from here; management does not.
/// </summary>
public sealed class ShelterCasePanel(AppDbContext db, CentreClock clock) : ICasePanel
{
    public int Order => 700;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var rows = await Stays.For(db)(db, context.CaseId).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var today = clock.Today;
        return CasePanelView.Beside(this, "_CasePlacements", rows.Select(r => new CasePlacementRow(
            context.CanEdit ? r.Id : null, $"{r.Unit} · {r.Room} · {r.Bed}", r.AdmittedOn, r.ExitedOn, r.Phase, ShelterStay.Days(r.AdmittedOn, r.ExitedOn ?? today), r.ExitDestination,
            context.ShowsStory ? r.ExitReason : null)).ToList());
    }

    // Compiled: asked on every view of a case (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<StayRead>>> Stays = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, StayRead>((db, caseId) =>
            from p in db.Placements.AsNoTracking()
            where p.CaseId == caseId
            join b in db.Beds on p.BedId equals b.Id
            join r in db.ShelterRooms on b.RoomId equals r.Id
            join u in db.ShelterUnits on r.ShelterId equals u.Id
            orderby p.AdmittedAtUtc descending
            select new StayRead(p.Id, u.Name, r.Name, b.Label, p.AdmittedOn, p.ExitedOn, p.Phase, p.ExitDestination, p.ExitReason)));

    private sealed record StayRead(
        Guid Id, string Unit, string Room, string Bed, DateOnly AdmittedOn, DateOnly? ExitedOn, ShelterPhase Phase, ExitDestination? ExitDestination, string? ExitReason);
}
