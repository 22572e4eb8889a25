using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// The demo shelter: one unit "Prihvatilište" (an invented address), four rooms of three beds, one bed out of use,
/// residents from open cases (with individual plans, see <see cref="SyntheticIndividualPlans"/>) and past placements of closed cases over the generated years. Deterministic (the
/// generator's random), and only once: a database that has a shelter keeps it. A large seed gets one more unit per
/// <see cref="ClosedCasesPerUnit"/> closed cases, so that the benchmark's 100,000 cases carry about 5,000 past placements
/// (issue 12: the board and the statistics are measured over that many); the small demo keeps its one unit.
/// </summary>
public sealed class SyntheticShelterPlan(AppDbContext db)
{
    private const int Rooms = 4;
    private const int BedsPerRoom = 3;
    private const int Residents = 8;
    private const int ClosedCasesPerUnit = 2_000;
    private const int MaxUnits = 40;

    public async Task FillAsync(DateTime now, Random random, CancellationToken ct)
    {
        if (await db.ShelterUnits.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var closedCount = await db.Cases.CountAsync(c => c.Status == CaseStatus.Closed && c.ClosedAtUtc != null && !c.IsRestricted, ct);
        var units = Math.Clamp(closedCount / ClosedCasesPerUnit, 1, MaxUnits);
        var beds = new List<Bed>();
        for (var u = 1; u <= units; u++)
        {
            beds.AddRange(AddUnit(u));
        }

        // Past stays: closed cases in order of opening, each into the first bed free by then, out before the case closed.
        var freeFrom = beds.ToDictionary(b => b.Id, _ => DateTime.MinValue);
        var closed = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAtUtc != null && !c.IsRestricted)
            .OrderBy(c => c.OpenedAtUtc).Select(c => new { c.Id, c.OpenedAtUtc, ClosedAtUtc = c.ClosedAtUtc!.Value })
            .Take(units * ClosedCasesPerUnit).ToListAsync(ct);
        var destinations = Enum.GetValues<ExitDestination>();
        var followUps = await SyntheticFollowUps.ForAsync(db, now, ct);
        foreach (var c in closed.Where(_ => random.Next(3) == 0))
        {
            var admitted = c.OpenedAtUtc.AddDays(random.Next(1, 10)).AddHours(random.Next(0, 8));
            var exited = Min(c.ClosedAtUtc, admitted.AddDays(random.Next(14, 240)));
            var bed = beds.Take(beds.Count - 1).FirstOrDefault(b => freeFrom[b.Id] <= admitted);
            if (bed is null || exited <= admitted || exited > now)
            {
                continue;
            }

            var placement = Placement.Admit(c.Id, bed, admitted, LocalDay(admitted), random.Next(2) == 0 ? "Centar za socijalni rad" : "Tim Centra", now);
            placement.Exit(exited, LocalDay(exited), destinations[random.Next(destinations.Length)], null, now);
            db.Placements.Add(placement);
            followUps?.Add(placement);
            freeFrom[bed.Id] = exited.AddDays(1);
        }

        // Current residents: the newest open cases, in beds whose last stay has ended, each with an individual plan.
        var plans = await SyntheticIndividualPlans.ForAsync(db, ct);
        var resident = 0;
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && !c.IsRestricted)
            .OrderByDescending(c => c.OpenedAtUtc).Select(c => new { c.Id, c.OpenedAtUtc })
            .Take(Residents).ToListAsync(ct);
        foreach (var c in open)
        {
            var admitted = Max(c.OpenedAtUtc, now.AddDays(-random.Next(1, 150)));
            var bed = beds.Take(beds.Count - 1).FirstOrDefault(b => freeFrom[b.Id] <= admitted && freeFrom[b.Id] != DateTime.MaxValue);
            if (bed is null)
            {
                continue;
            }

            var placement = Placement.Admit(c.Id, bed, admitted, LocalDay(admitted), "Tim Centra", now);
            if (random.Next(4) == 0)
            {
                placement.RecordAbsence(AbsenceKind.Visit, LocalDay(now), LocalDay(now.AddDays(2)));
            }

            plans?.Fill(placement, resident++, now);

            db.Placements.Add(placement);
            freeFrom[bed.Id] = DateTime.MaxValue;
        }

        beds[^1].TakeOutOfUse(occupied: false);
        await db.SaveChangesAsync(ct);
    }

    private List<Bed> AddUnit(int number)
    {
        var unit = number == 1
            ? ShelterUnit.Open("Prihvatilište", "Izmišljena ulica 12, Beograd (primer)")
            : ShelterUnit.Open($"Prihvatilište {number}", $"Izmišljena ulica {10 + number}, Beograd (primer)");
        db.ShelterUnits.Add(unit);
        var beds = new List<Bed>();
        for (var r = 1; r <= Rooms; r++)
        {
            var room = ShelterRoom.In(unit.Id, r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            db.ShelterRooms.Add(room);
            for (var b = 0; b < BedsPerRoom; b++)
            {
                var bed = Bed.In(room.Id, $"{r}{(char)('A' + b)}");
                db.Beds.Add(bed);
                beds.Add(bed);
            }
        }

        return beds;
    }

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(CentreClock.ToLocal(utc));

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
