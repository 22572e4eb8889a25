using System.Diagnostics;
using System.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Synthetic referrals and cases over five years, for the Development demo and for load measurements.
/// Deterministic (fixed seed); every value comes from the code lists, no real person's name, only
/// "Demo osoba N". Cases get the codes the Centre would have issued: CZZ-YYYY-NNNN, sequential per year.
/// </summary>
public sealed class SyntheticCaseloadGenerator(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>Referrals a batch (each also writes one audit row per entity); a bounded batch keeps the tracker small.</summary>
    internal int BatchSize { get; set; } = 2_000;

    public async Task<SyntheticCaseloadResult> GenerateAsync(int cases, int referrals, TextWriter? progress, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var pool = await SyntheticCodePool.LoadAsync(db, ct);
        await DemoPartners.SeedAsync(db, ct);
        await SyntheticCaseworkers.EnsureAsync(db, users, cases, clock.GetUtcNow().UtcDateTime, ct);
        var caseworkers = await UsersInRole(Roles.Caseworker, ct);
        var coordinator = (await UsersInRole(Roles.Coordinator, ct)).FirstOrDefault() ?? caseworkers.FirstOrDefault() ?? "system";
        if (caseworkers.Count == 0)
        {
            caseworkers.Add(coordinator);
        }

        var sequences = await db.Cases.IgnoreQueryFilters()
            .GroupBy(c => c.CodeYear)
            .Select(g => new { Year = g.Key, Last = g.Max(c => c.CodeSequence) })
            .ToDictionaryAsync(x => x.Year, x => x.Last, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(2026);

        // The batches fall in months all over the years: the report's counts of them are recounted once, at the end.
        db.DeferredMonths = new();

        // A few hundred still wait for triage (the newest); every other referral is triaged.
        var awaiting = Math.Min(Math.Min(300, Math.Max(8, referrals / 500)), referrals);
        cases = Math.Clamp(cases, 0, referrals - awaiting);
        var plan = new SyntheticReferralPlan(random, pool, now, referrals, awaiting, cases);
        var statistics = new SyntheticStatisticsPlan(pool);
        var identification = new SyntheticIdentificationPlan(await db.IdentificationIndicators.AsNoTracking().ToListAsync(ct));
        var support = await SyntheticSupportPlan.LoadAsync(db, now, ct);
        var network = await SyntheticNetworkPlan.LoadAsync(db, ct);

        var previousDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var lastCase = default(CaseFile);
        var opened = 0;

        // A batch is written (on the connection, in a transaction of its own) while the next is built and taken from the
        // change tracker: the two halves overlap, on two cores. On SQLite the batches are written with the journal in
        // memory (SqliteBulkLoad). All of it runs as one operation of the execution strategy,
        // which SQL Server's retries require of a transaction; a failed batch is not retried (its rows have left the
        // change tracker), and the batches before it stay written.
        var attempts = 0;
        var latency = GCSettings.LatencyMode;
        await using (await SqliteBulkLoad.BeginAsync(db, ct))
        {
            try
            {
                // A batch job: the garbage collector works in pauses, not on a thread of its own beside the two that
                // build and write the batches.
                GCSettings.LatencyMode = GCLatencyMode.Batch;
                await db.Database.CreateExecutionStrategy().ExecuteAsync(() => ++attempts > 1
                    ? throw new InvalidOperationException("A batch of the seed failed and cannot be retried: seed a new database again.")
                    : WriteReferralsAsync());
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = previousDetect;
                GCSettings.LatencyMode = latency;
            }
        }

        await SyntheticProceedingsPlan.AddAsync(db, caseworkers, now, ct);
        await SyntheticConferencesPlan.AddAsync(db, caseworkers, now, ct);
        await new SyntheticShelterPlan(db).FillAsync(now, random, ct);
        await SyntheticWorkPlan.AddAsync(db, caseworkers, now, ct);
        await SyntheticActivityPlan.AddAsync(db, [coordinator, .. caseworkers.Take(5)], now, ct);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await KeptMonths.RecountDeferredAsync(db, ct);
            await transaction.CommitAsync(ct);
        });
        return new SyntheticCaseloadResult(referrals, opened, stopwatch.Elapsed);

        async Task WriteReferralsAsync()
        {
            var writing = default(RowsBeingWritten);
            var transaction = default(IDbContextTransaction);
            try
            {
                transaction = await db.Database.BeginTransactionAsync(ct);
                for (var i = 0; i < referrals; i++)
                {
                    var (receipt, outcome) = plan.Next(i);
                    var loggedBy = random.Next(4) == 0 ? coordinator : caseworkers[random.Next(caseworkers.Count)];
                    // The referral and its case are added once their graphs are whole (the case's codes, team and decision
                    // set), so that the batch is taken without the change tracker's scan for changes, as the import's are.
                    var referral = Referral.Log(receipt, ResponseTargets.Default, loggedBy, now);
                    if (outcome is not null)
                    {
                        var triagedAt = Min(now, receipt.ReceivedAtUtc.AddMinutes(random.Next(15, receipt.Urgency.IsUrgent ? 150 : 1800)));
                        // The colleague beside the lead is the next caseworker: found by index, not searched for, which
                        // at a million cases (2,500 caseworkers) was over a billion string comparisons.
                        var leadAt = random.Next(caseworkers.Count);
                        var lead = caseworkers[leadAt];
                        var colleague = caseworkers[(leadAt + 1) % caseworkers.Count];
                        if (random.Next(3) == 0)
                        {
                            referral.AssignTo(lead);
                        }

                        switch (outcome)
                        {
                            case ReferralStatus.OpenedAsCase:
                                lastCase = Open(referral, lead, coordinator, triagedAt, now, sequences, random, pool);
                                statistics.Fill(lastCase, opened, triagedAt, lead);
                                identification.Identify(db, lastCase, lead, colleague, coordinator, triagedAt, now, random);
                                db.Cases.Add(lastCase);
                                support.Give(db, lastCase, lead, colleague, triagedAt);
                                network.Give(db, lastCase, triagedAt, now);
                                opened++;
                                break;
                            case ReferralStatus.Duplicate when lastCase is not null:
                                referral.MarkDuplicateOf(lastCase.Id, coordinator, triagedAt);
                                break;
                            case ReferralStatus.Rejected:
                                referral.Reject("Nema elemenata trgovine ljudima.", coordinator, triagedAt);
                                break;
                            default:
                                referral.ForwardAsNotTrafficking(random.Next(2) == 0 ? "Centar za socijalni rad" : "Policijska uprava", coordinator, triagedAt);
                                break;
                        }
                    }

                    db.Referrals.Add(referral);
                    if ((i + 1) % BatchSize == 0 || i + 1 == referrals)
                    {
                        // The batch is taken from the change tracker while the one before it is still being written.
                        var taken = AddedRowsWriter.Take(db, graphsWhole: true);
                        if (writing is not null)
                        {
                            await CommitAsync(writing, transaction!);
                            transaction = await db.Database.BeginTransactionAsync(ct);
                        }

                        writing = RowsBeingWritten.Start(db, taken, ct);
                        progress?.WriteLine($"{i + 1:N0}/{referrals:N0} referrals, {opened:N0} cases, {stopwatch.Elapsed:mm\\:ss}");
                    }
                }

                await CommitAsync(writing, transaction!);
                (writing, transaction) = (null, null);
            }
            finally
            {
                if (writing is not null)
                {
                    await writing.AbandonAsync();
                }

                if (transaction is not null)
                {
                    await transaction.DisposeAsync();
                }
            }
        }

        async Task CommitAsync(RowsBeingWritten? writing, IDbContextTransaction transaction)
        {
            if (writing is not null)
            {
                await writing.FinishAsync(db, ct);
            }

            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }
    }

    private CaseFile Open(Referral referral, string lead, string coordinator, DateTime openedAt, DateTime now,
        Dictionary<int, int> sequences, Random random, SyntheticCodePool pool)
    {
        // The case year is the Centre's calendar year, as CaseNumbering issues it.
        var year = CentreClock.ToLocal(openedAt).Year;
        sequences[year] = sequences.GetValueOrDefault(year) + 1;
        var file = CaseFile.Open(CaseCode.For(year, sequences[year]), lead, openedAt, referral.Id, procedureStartedAtUtc: referral.ReceivedAtUtc);
        referral.OpenAsCase(file.Id, coordinator, openedAt);
        if (random.Next(20) == 0)
        {
            file.Restrict();
        }

        // Most cases close within half a year to two years; a few stay open for years (a trial still running).
        var age = now - openedAt;
        if (age > TimeSpan.FromDays(180) && random.Next(100) < (age > TimeSpan.FromDays(730) ? 98 : 90))
        {
            var closedAt = openedAt.AddDays(random.Next(30, Math.Min(900, (int)age.TotalDays)));
            file.Close(pool.Pick("ClosureReason", random)!, random.Next(3) == 0 ? DateOnly.FromDateTime(closedAt.AddDays(90)) : null, closedAt);
        }

        return file;
    }

    private Task<List<string>> UsersInRole(string role, CancellationToken ct) =>
        db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.UserName)
            .Select(u => u.Id)
            .ToListAsync(ct);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
