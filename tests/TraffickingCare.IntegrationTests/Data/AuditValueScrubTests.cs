using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// Before the free text was encrypted, the audit trail recorded its values in clear. The start-up
/// backfill rewrites those values, once, to what the trail records for an encrypted field today,
/// and leaves every other field's values as they were.
/// </summary>
public sealed class AuditValueScrubTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Clear_values_of_now_encrypted_fields_in_older_audit_rows_are_replaced_and_other_values_stay()
    {
        var (interview, referral) = await AuditRowsWrittenByAnOlderVersionAsync();

        await StartAgainAsync();

        var interviewChanges = JsonNode.Parse(await ChangesAsync(interview))!.AsObject();
        Assert.Equal("""{"changed":true}""", interviewChanges["Place"]!.ToJsonString());
        Assert.Equal("""{"changed":true}""", interviewChanges["Interviewers"]!.ToJsonString());
        Assert.Equal("""{"from":30,"to":45}""", interviewChanges["DurationMinutes"]!.ToJsonString());
        Assert.Equal("""{"from":"2026-03-02","to":"2026-03-03"}""", interviewChanges["HeldOn"]!.ToJsonString());
        var referralChanges = JsonNode.Parse(await ChangesAsync(referral))!.AsObject();
        Assert.Equal("""{"changed":true}""", referralChanges["Person.NameOrAlias"]!.ToJsonString());
        Assert.Equal("""{"to":"Phone"}""", referralChanges["Channel"]!.ToJsonString());
        var all = string.Concat(await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(a => a.Changes).ToListAsync()));
        Assert.DoesNotContain("Staro mesto", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Novo mesto", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Stari ispitivaci", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Marija", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var (interview, referral) = await AuditRowsWrittenByAnOlderVersionAsync();
        await StartAgainAsync();
        var before = (await ChangesAsync(interview), await ChangesAsync(referral));

        await StartAgainAsync();
        int again;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<EncryptedColumnBackfill>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(0, again);
        Assert.Equal(before, (await ChangesAsync(interview), await ChangesAsync(referral)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == EncryptedColumnBackfill.MarkerType)));
    }

    private async Task<(long Interview, long Referral)> AuditRowsWrittenByAnOlderVersionAsync()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var interview = AuditEntry.For(AuditAction.Updated, "Interview", Guid.NewGuid(), "someone", now,
            """{"Place":{"from":"Staro mesto","to":"Novo mesto"},"Interviewers":{"from":"Stari ispitivaci","to":"Novi"},"DurationMinutes":{"from":30,"to":45},"HeldOn":{"from":"2026-03-02","to":"2026-03-03"}}""");
        var referral = AuditEntry.For(AuditAction.Created, "Referral", Guid.NewGuid(), "someone", now,
            """{"Channel":{"to":"Phone"},"Person.NameOrAlias":{"to":"Marija"}}""");
        await factory.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(interview, referral);
            await db.SaveChangesAsync();
        });

        // An older version had no record of this run.
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM AuditEntries WHERE EntityType = 'EncryptedColumnBackfill'";
        await command.ExecuteNonQueryAsync();
        return (interview.Id, referral.Id);
    }

    private Task<string> ChangesAsync(long id) =>
        factory.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == id)).Changes!);

    // What the host runs at every start.
    private async Task StartAgainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
    }
}
