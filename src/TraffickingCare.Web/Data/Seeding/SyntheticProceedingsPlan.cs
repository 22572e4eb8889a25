using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Criminal proceedings for the first identified synthetic cases: a stage history, past hearings with their
/// outcome and one upcoming hearing (relative to the generator's clock), courts from the partner directory's
/// justice sector. The authority is required: with no justice partner in the directory, no proceeding is made
/// (so the partner directory's seed must run first). Deterministic, bounded, one save.
/// </summary>
internal static class SyntheticProceedingsPlan
{
    public const int MaxCases = 120;

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<string> caseworkers, DateTime now, CancellationToken ct)
    {
        var courts = await db.Partners.AsNoTracking().Where(p => p.Sector == Sector.Justice && p.MergedIntoId == null).OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(ct);
        if (courts.Count == 0 || caseworkers.Count == 0 || await db.Proceedings.AnyAsync(ct))
        {
            return;
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.IdentifiedVictim)
            .OrderBy(c => c.CodeYear).ThenBy(c => c.CodeSequence).Select(c => new { c.Id, c.LeadCaseworkerId, c.OpenedAtUtc }).Take(MaxCases).ToListAsync(ct);
        var random = new Random(400);
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(now));
        foreach (var file in cases)
        {
            var court = courts[random.Next(courts.Count)];
            var opened = DateOnly.FromDateTime(CentreClock.ToLocal(file.OpenedAtUtc));
            var role = random.Next(10) == 0 ? ProceedingRole.DefendantNonPunishment : random.Next(3) == 0 ? ProceedingRole.Witness : ProceedingRole.InjuredParty;
            var claimed = random.Next(2) == 0 ? new Compensation(random.Next(1, 50) * 50_000m, "RSD", Min(opened.AddDays(40), today)) : null;
            var proceeding = Proceeding.Open(file.Id, new ProceedingDetails(
                court, $"KTO {random.Next(1, 900)}/{opened.Year % 100:00}", role, random.Next(4) != 0, null, "Advokat po punomoćju",
                random.Next(2) == 0 ? ProtectiveMeasures.VulnerableWitness : ProtectiveMeasures.None, claimed, null, role == ProceedingRole.DefendantNonPunishment && random.Next(2) == 0),
                ProceedingStage.PreInvestigation, Min(opened.AddDays(5), today), file.LeadCaseworkerId, today);
            var since = proceeding.StageSince;
            var reached = (ProceedingStage)random.Next(1, 7);
            for (var stage = ProceedingStage.Investigation; stage <= reached && since.AddDays(60) < today; stage++)
            {
                since = since.AddDays(random.Next(30, 60));
                proceeding.MoveTo(stage, since, null, file.LeadCaseworkerId, today);
            }

            db.Proceedings.Add(proceeding);
            var escort = caseworkers[random.Next(caseworkers.Count)];
            db.Hearings.Add(Hearing.Schedule(proceeding, new HearingDetails(
                CentreClock.ToUtc(since.AddDays(10) < today ? since.AddDays(10) : today.AddDays(-1), new TimeOnly(10, 0)), court, HearingKind.WitnessExamination,
                escort, null, true, true, "Iskaz dat uz pratnju i psihološku podršku."), now));
            if (proceeding.Stage < ProceedingStage.Final)
            {
                var ahead = today.AddDays(random.Next(1, 28));
                db.Hearings.Add(Hearing.Schedule(proceeding, new HearingDetails(
                    CentreClock.ToUtc(ahead, new TimeOnly(9 + random.Next(5), 30)), court, HearingKind.MainHearing, escort, null, random.Next(2) == 0, false, null), now));
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
