using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// A database from before the free text was encrypted holds it in clear; the converters cannot read
/// plaintext. The next start encrypts it once, leaves what already was ciphertext alone, and records
/// that it ran. Each test has its own app: it rewrites rows behind EF's back.
/// </summary>
public sealed class EncryptedColumnBackfillTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Plaintext_left_by_an_older_version_is_encrypted_at_the_next_start_and_reads_as_before()
    {
        var ids = await RowsWrittenByAnOlderVersionAsync();

        await StartAgainAsync();

        Assert.StartsWith("CfDJ8", await RawAsync("SELECT ReferrerOrganisation FROM Referrals WHERE Id = $id", ids.Referral), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT OutcomeNote FROM Referrals WHERE Id = $id", ids.Referral), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Place FROM Interviews WHERE Id = $id", ids.Interview), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Interviewers FROM Interviews WHERE Id = $id", ids.Interview), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Interpreter FROM Interviews WHERE Id = $id", ids.Interview), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Institution FROM InformationSources WHERE Id = $id", ids.Source), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Document FROM InformationSources WHERE Id = $id", ids.Source), StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", await RawAsync("SELECT Source FROM IndicatorResponses WHERE Id = $id", ids.Response), StringComparison.Ordinal);

        var referral = await factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == ids.Referral));
        Assert.Equal("Stara organizacija", referral.ReferrerOrganisation);
        Assert.Equal("Stari razlog", referral.OutcomeNote);
        Assert.Equal("Kontakt je vec bio sifrovan", referral.ReferrerContact); // ciphertext is not encrypted twice
        var interview = await factory.WithDbAsync(db => db.Interviews.AsNoTracking().SingleAsync(i => i.Id == ids.Interview));
        Assert.Equal(("Staro mesto", "Stari ispitivaci", "Stari prevodilac", "Sazetak je vec bio sifrovan"), (interview.Place, interview.Interviewers, interview.Interpreter, interview.Summary));
        var source = await factory.WithDbAsync(db => db.InformationSources.AsNoTracking().SingleAsync(s => s.Id == ids.Source));
        Assert.Equal(("Stara ustanova", "Stari dokument"), (source.Institution, source.Document));
        var response = await factory.WithDbAsync(db => db.PreliminaryChecklists.AsNoTracking().SelectMany(c => c.Responses).SingleAsync(r => r.Id == ids.Response));
        Assert.Equal("Stari izvor", response.Source);
        Assert.Equal("Vesna", (await factory.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == ids.Person))).FirstName);

        // The run is on record, with the columns and a count, never a value.
        var marker = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == EncryptedColumnBackfill.MarkerType));
        Assert.Contains("\"Referrals.ReferrerOrganisation\"", marker.Changes, StringComparison.Ordinal);
        Assert.Contains("\"rows\":4", marker.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Star", marker.Changes, StringComparison.Ordinal); // no "Stara organizacija", "Stari razlog", ...
    }

    [Fact]
    public async Task It_runs_once_a_second_start_finds_its_record_and_scans_nothing()
    {
        await RowsWrittenByAnOlderVersionAsync();
        await StartAgainAsync();

        int again;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<EncryptedColumnBackfill>().RunAsync(CancellationToken.None);
        }

        await StartAgainAsync();

        Assert.Equal(0, again);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == EncryptedColumnBackfill.MarkerType)));
    }

    private async Task<(Guid Referral, Guid Interview, Guid Source, Guid Response, Guid Person)> RowsWrittenByAnOlderVersionAsync()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var referral = Referral.Log(new ReferralReceipt(now.AddHours(-1), "Phone", "Police", "Nova organizacija", "Kontakt je vec bio sifrovan", null, ReferredPerson.Unknown, null, UrgencyIndicators.None),
            ResponseTargets.Default, "someone", now);
        referral.Reject("Novi razlog", "someone", now);
        var lead = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());
        var file = CaseFile.Open(CaseCode.For(2026, 4601), lead, now);
        var interview = Interview.Record(file.Id, new DateOnly(2026, 3, 2), "Novi", null, "Novo", 30, "Sazetak je vec bio sifrovan");
        var source = InformationSource.Record(file.Id, "Nova", "Novi", new DateOnly(2026, 3, 1));
        var person = PersonIdentity.Record(new PersonIdentityDetails("Vesna", "Probna"));
        var checklist = await factory.WithDbAsync(async db =>
        {
            var version = await db.IdentificationIndicators.MaxAsync(i => i.SetVersion);
            var started = PreliminaryChecklist.Start(file.Id, version, await db.IdentificationIndicators.Where(i => i.SetVersion <= version).ToListAsync());
            started.Answer("DocumentsWithheld", IndicatorAnswer.Present, "Novi izvor", null);
            db.AddRange(referral, file, interview, source, person, started);
            await db.SaveChangesAsync();
            return started;
        });
        var responseId = checklist.Responses.Single(r => r.IndicatorCode == "DocumentsWithheld").Id;

        // What the older version wrote: these columns in clear, and no record of a backfill.
        Assert.Equal(1, await ExecuteAsync("UPDATE Referrals SET ReferrerOrganisation = 'Stara organizacija', OutcomeNote = 'Stari razlog' WHERE Id = $id", referral.Id));
        Assert.Equal(1, await ExecuteAsync("UPDATE Interviews SET Place = 'Staro mesto', Interviewers = 'Stari ispitivaci', Interpreter = 'Stari prevodilac' WHERE Id = $id", interview.Id));
        Assert.Equal(1, await ExecuteAsync("UPDATE InformationSources SET Institution = 'Stara ustanova', Document = 'Stari dokument' WHERE Id = $id", source.Id));
        Assert.Equal(1, await ExecuteAsync("UPDATE IndicatorResponses SET Source = 'Stari izvor' WHERE Id = $id", responseId));
        await ExecuteAsync("DELETE FROM AuditEntries WHERE EntityType = 'EncryptedColumnBackfill'");
        return (referral.Id, interview.Id, source.Id, responseId, person.Id);
    }

    // What the host runs at every start.
    private async Task StartAgainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
    }

    private async Task<int> ExecuteAsync(string sql, Guid? id = null)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id?.ToString().ToUpperInvariant() ?? string.Empty);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<string> RawAsync(string sql, Guid id)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
