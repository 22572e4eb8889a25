using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>The shelter file of one placement: a constant number of SQL commands (placement with case code, beds, absences, free beds, the plan).</summary>
public sealed class PlacementPageQuery(AppDbContext db, FreeBedsQuery freeBeds, PlacementPlanQuery plan, CentreClock clock, IConfiguration configuration)
{
    public async Task<PlacementPage?> GetAsync(Guid placementId, CancellationToken ct, int notesPage = 1)
    {
        var showNames = configuration.GetValue<bool>(OccupancyBoardQuery.ShowFirstNamesKey);
        var head = await (
            from pl in db.Placements
            where pl.Id == placementId
            join c in db.Cases on pl.CaseId equals c.Id
            from i in db.PersonIdentities.Where(i => showNames && i.Id == c.PersonIdentityId).DefaultIfEmpty()
            select new { Placement = pl, c.Code, FirstName = i == null ? null : i.FirstName })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var stays = await (
            from o in db.BedOccupancies
            where o.PlacementId == placementId
            join b in db.Beds on o.BedId equals b.Id
            join r in db.ShelterRooms on b.RoomId equals r.Id
            orderby o.FromUtc
            select new PlacementStayRow(r.Name + " · " + b.Label, o.FromUtc, o.EndedAtUtc))
            .AsNoTracking().ToListAsync(ct);
        var absences = await db.PlacementAbsences.Where(a => a.PlacementId == placementId).OrderBy(a => a.FromOn)
            .Select(a => new PlacementAbsenceRow(a.Kind, a.FromOn, a.ToOn)).AsNoTracking().ToListAsync(ct);
        var p = head.Placement;
        var planView = await plan.GetAsync(placementId, notesPage, ct);
        var followUps = p.IsActive ? [] : await (
            from f in db.ShelterFollowUps
            where f.PlacementId == placementId
            orderby f.DueOn, f.Id
            select new FollowUpRow(
                f.Id, f.Version, f.DueOn, db.Users.Where(u => u.Id == f.AssigneeId).Select(u => u.DisplayName).FirstOrDefault() ?? "–", f.DoneOn, f.Outcome, f.Note))
            .AsNoTracking().ToListAsync(ct);
        return new PlacementPage(p.Id, p.Version, head.Code, head.FirstName, p.AdmittedAtUtc, p.ReferredBy, p.Phase, p.DaysUntil(clock.Today),
            p.ExitedAtUtc, p.ExitDestination, p.ExitReason, stays, absences, p.IsActive ? await freeBeds.ListAsync(ct) : [])
        {
            Plan = planView,
            ReturnForm = new PhaseChanges.ReturnPhaseForm { ChangeId = planView.Pending?.Id, Version = planView.Pending?.Version ?? 0 },
            MoveForm = new MoveForm { Version = p.Version },
            Today = clock.Today,
            FollowUps = followUps,
            ExitForm = new ExitForm { Version = p.Version, ExitedOn = CentreClock.FormatDate(clock.Today), ExitedAt = CentreClock.FormatTime(clock.LocalNow) },
        };
    }
}
