using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The audit trail is tamper-evident: rows are sealed into a keyed hash chain after they are written, and a walk of
/// the chain names the first row that was edited, removed or unsealed since. Each test has its own app: a broken chain
/// stays reported for the life of the app.
/// </summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Sealing_places_every_row_once_and_the_walk_verifies_them_all()
    {
        await using var app = new AppFactory();
        var written = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.True(written > 0, "The seeded database has an audit trail to seal.");

        Assert.Equal(written, await SealAsync(app));
        Assert.Equal(0, await SealAsync(app));
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Viewed, "CaseFile", Guid.NewGuid(), "someone", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        Assert.Equal(1, (await VerifyAsync(app)).Unsealed);
        Assert.Equal(1, await SealAsync(app));

        var report = await VerifyAsync(app);
        Assert.True(report.IsIntact, report.Describe());
        Assert.Equal(written + 1, report.Verified);
        Assert.Equal(written + 1, report.Head.Sequence);
        Assert.Equal(0, report.Unsealed);
        var sequences = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, written + 1).Select(i => (long?)i), sequences.Order());
    }

    [Fact]
    public async Task A_row_edited_in_the_database_is_named_by_the_walk()
    {
        await using var app = new AppFactory();
        await SealAsync(app);
        var edited = await RowAtAsync(app, 3);

        await app.RawAsync($"UPDATE AuditEntries SET UserId = 'someone-else' WHERE Id = {edited}");

        var report = await VerifyAsync(app);
        Assert.Equal(AuditChainProblem.HashMismatch, report.Problem);
        Assert.Equal(edited, report.BrokenRowId);
        Assert.Equal(2, report.Verified);
        Assert.Contains($"audit row {edited} ", report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_chain_it_walks_holds_an_edited_row()
    {
        await using var app = new AppFactory();
        using var client = app.CreateTestClient();
        await SealAsync(app);
        await app.RawAsync("UPDATE AuditEntries SET Reason = 'rewritten' WHERE Sequence = 2");

        var response = await client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_notices_the_last_rows_removed_after_it_verified_them()
    {
        await using var app = new AppFactory();
        using var client = app.CreateTestClient();
        var sealedRows = await SealAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        await app.RawAsync($"DELETE FROM AuditEntries WHERE Sequence = {sealedRows}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync("/health/ready")).StatusCode);
        Assert.True((await VerifyAsync(app)).IsIntact, "A whole walk alone cannot see the end cut off; the app that verified the end before can.");
    }

    [Fact]
    public async Task A_removed_or_unsealed_row_leaves_a_gap_named_by_the_walk()
    {
        await using var app = new AppFactory();
        await SealAsync(app);
        var after = await RowAtAsync(app, 6);

        await app.RawAsync("DELETE FROM AuditEntries WHERE Sequence = 4");
        await app.RawAsync("UPDATE AuditEntries SET Sequence = NULL, Hash = NULL WHERE Sequence = 5");

        var report = await VerifyAsync(app);
        Assert.Equal(AuditChainProblem.Gap, report.Problem);
        Assert.Equal(after, report.BrokenRowId);
        Assert.Equal(3, report.Head.Sequence);
    }

    [Fact]
    public async Task A_row_rehashed_by_someone_without_the_key_does_not_verify()
    {
        await using var app = new AppFactory();
        await SealAsync(app);
        var edited = await RowAtAsync(app, 2);
        var previous = await app.RawAsync("SELECT Hash FROM AuditEntries WHERE Sequence = 1");
        var row = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Sequence == 2));
        var forged = AuditChainRow.Of(row, 2) with { UserId = "someone-else" };
        var guessedKey = new AuditChainKey(Convert.ToBase64String(new byte[32]));

        await app.RawAsync($"UPDATE AuditEntries SET UserId = 'someone-else', Hash = '{guessedKey.Hash(previous!, forged)}' WHERE Id = {edited}");

        var report = await VerifyAsync(app);
        Assert.Equal(AuditChainProblem.HashMismatch, report.Problem);
        Assert.Equal(edited, report.BrokenRowId);
    }

    [Fact]
    public async Task Writers_and_two_sealers_at_once_leave_one_unbroken_chain_with_every_row_placed_once()
    {
        await using var app = new AppFactory();
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var writing = new CancellationTokenSource();

        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            for (var batch = 0; batch < 10; batch++)
            {
                await app.WithDbAsync(async db =>
                {
                    db.AuditEntries.AddRange(Enumerable.Range(0, 50).Select(_ => AuditEntry.For(AuditAction.Viewed, "CaseFile", Guid.NewGuid(), $"writer-{w}", DateTime.UtcNow)));
                    await db.SaveChangesAsync();
                });
            }
        })).ToList();
        var sealers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                await SealAsync(app);
            }
        })).ToList();
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        await Task.WhenAll(sealers);
        await SealAsync(app);

        var report = await VerifyAsync(app);
        Assert.True(report.IsIntact, report.Describe());
        Assert.Equal(before + 1000, report.Verified);
        Assert.Equal(0, report.Unsealed);
    }

    [Fact]
    public async Task The_audit_verify_command_prints_the_head_of_an_intact_chain_and_fails_naming_the_first_broken_row()
    {
        await using var app = new AppFactory();
        await SealAsync(app);

        var (intact, intactOutput) = await RunAsync(app, "audit", "verify");
        Assert.True(intact == 0, intactOutput);
        Assert.Contains("Audit chain intact", intactOutput, StringComparison.Ordinal);

        var edited = await RowAtAsync(app, 5);
        await app.RawAsync($"UPDATE AuditEntries SET Changes = '{{}}' WHERE Id = {edited}");
        var (broken, brokenOutput) = await RunAsync(app, "audit", "verify");

        Assert.Equal(1, broken);
        Assert.Contains($"BROKEN at audit row {edited} (sequence 5)", brokenOutput, StringComparison.Ordinal);
    }

    /// <summary>
    /// A backlog of unsealed rows (a seed's, a large import's) is sealed a batch at a time with a pause after each full
    /// batch in which the app's other writes get the database: a case view made while the sealer pauses is answered and
    /// audited at once, and sealed with the rest. (Sealed back to back, the batches kept every case view waiting.)
    /// </summary>
    [Fact]
    public async Task A_long_backlog_is_sealed_with_pauses_in_which_a_case_view_is_written()
    {
        await using var app = new AppFactory();
        await SealAsync(app);
        var file = await app.Arrange.Case().LedBy("radnik");
        using var client = await app.Arrange.SignedInAsync("radnik");
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < AuditChainSealer.BatchSize * 2; i++)
            {
                db.AuditEntries.Add(AuditEntry.For(AuditAction.Viewed, "CaseFile", Guid.NewGuid(), "someone", app.Clock.GetUtcNow().UtcDateTime));
            }

            await db.SaveChangesAsync();
        });
        var sealedBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Sequence != null));

        await using var scope = app.Services.CreateAsyncScope();
        var sealing = scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(CancellationToken.None, AuditChainSealing.PauseBetweenBatches);

        // The first batch is committed and the sealer pauses: the app's clock stands still until the test moves it.
        await EventuallyAsync(async () => await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Sequence != null)) == sealedBefore + AuditChainSealer.BatchSize);
        Assert.False(sealing.IsCompleted);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{file.Id}")).StatusCode);
        var view = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && a.EntityId == file.Id).Select(a => a.Id).SingleAsync());

        while (!sealing.IsCompleted)
        {
            app.Clock.Advance(AuditChainSealing.PauseBetweenBatches);
            await Task.WhenAny(sealing, Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System));
        }

        await sealing;
        Assert.NotNull(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Id == view).Select(a => a.Sequence).SingleAsync()));
        var report = await VerifyAsync(app);
        Assert.True(report.IsIntact, report.Describe());
        Assert.Equal(0, report.Unsealed);
    }

    /// <summary>Waits (up to 30 s of real time) for work the app does in the background to reach a state.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var until = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < until, "The background work did not reach the expected state in 30 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    private static async Task<int> SealAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(CancellationToken.None);
    }

    private static async Task<AuditChainReport> VerifyAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(null, CancellationToken.None);
    }

    private static Task<long> RowAtAsync(AppFactory app, long sequence) =>
        app.WithDbAsync(db => db.AuditEntries.Where(a => a.Sequence == sequence).Select(a => a.Id).SingleAsync());

    private static async Task<(int ExitCode, string Output)> RunAsync(AppFactory app, params string[] command)
    {
        var (exitCode, output, errors) = await AppCommand.RunAsync(app.DatabasePath, app.Folder, null, command);
        return (exitCode, output + errors);
    }
}
