using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Features.Attachments;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Infrastructure.Backup;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// <c>backup --to DIR</c> and <c>restore --from DIR</c> run as an operator runs them, as processes of their own beside
/// the running app: a backup taken while cases are being written comes back in an empty location whole (rows counted,
/// files checksummed), decryptable with the restored key ring, its attachments readable and its audit chain verified;
/// a backup that does not match its manifest, or a location that is not empty, is refused with nothing written.
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private readonly AppFactory source = new();
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", "backup-" + Guid.NewGuid().ToString("N"));

    private string Backup => Path.Combine(scratch, "backup");

    private string Restored => Path.Combine(scratch, "restored");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(scratch);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_cases_are_written_restores_into_an_empty_location_whole_decryptable_and_verified()
    {
        var person = new PersonIdentityDetails("Vesna", "Rezervić", DateOfBirth: new DateOnly(1999, 4, 1));
        var file = await source.Arrange.Case().OfPerson(person);
        using var client = await source.Arrange.SignedInAsync("radnik");
        var document = AttachmentUpload.Pdf("rezervna kopija");
        await AttachmentUpload.PostAsync(client, await client.GetPageAsync($"/Cases/Details/{file.Id}"), "nalaz.pdf", document, "Medical");
        await SealAsync(source);
        var casesBefore = await CountCasesAsync(source);

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await source.Arrange.Case().OfPerson(new PersonIdentityDetails("Upis", "Tokom Kopije"));
            }
        });
        var (backedUp, backupOutput, backupErrors) = await RunAsync(source.DatabasePath, source.Folder, "backup", "--to", Backup);
        await stop.CancelAsync();
        await writer;

        Assert.True(backedUp == 0, backupOutput + backupErrors);
        var manifest = await BackupManifest.ReadAsync(Backup, CancellationToken.None);
        Assert.InRange(manifest.Rows["Cases"], casesBefore, await CountCasesAsync(source));
        Assert.Contains(manifest.Files, f => f.Path == BackupLocations.DatabaseEntry);
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("keys/", StringComparison.Ordinal));
        Assert.Single(manifest.Files, f => f.Path.StartsWith("attachments/", StringComparison.Ordinal));
        var audited = await source.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "Backup" && a.EntityId == manifest.Id));
        Assert.Equal(AuditAction.Downloaded, audited.Action);
        Assert.Equal(manifest.Files.Count, JsonDocument.Parse(audited.Changes!).RootElement.GetProperty("rows").GetInt32());

        var (restoredExit, restoredOutput, restoredErrors) = await RunAsync(Path.Combine(Restored, "app.db"), Restored, "restore", "--from", Backup);

        Assert.True(restoredExit == 0, restoredOutput + restoredErrors);
        Assert.Contains($"{manifest.Files.Count:N0} files match the manifest", restoredOutput, StringComparison.Ordinal);
        Assert.Contains("Audit chain intact", restoredOutput, StringComparison.Ordinal);
        await using var copy = OnRestored();
        Assert.Equal(manifest.Rows["Cases"], await CountCasesAsync(copy));
        Assert.Equal(manifest.Rows["AuditEntries"], await copy.WithDbAsync(db => db.AuditEntries.LongCountAsync()));
        var identity = await copy.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == file.PersonIdentityId));
        Assert.Equal(("Vesna", "Rezervić", new DateOnly(1999, 4, 1)), (identity.FirstName, identity.LastName, identity.DateOfBirth));
        await using (var scope = copy.Services.CreateAsyncScope())
        {
            var chain = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(null, CancellationToken.None);
            Assert.True(chain.IsIntact, chain.Describe());
            Assert.True(chain.Verified > 0);
        }

        using var reader = await copy.Arrange.SignedInAsync("radnik");
        var page = await reader.GetPageAsync($"/Cases/Details/{file.Id}");
        var download = await reader.Http.GetAsync(page.QuerySelector("#attachments-list a.attachment-download")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(document, await download.Content.ReadAsByteArrayAsync());
    }

    /// <summary>One backup, tampered three ways in three copies: a key file edited, one removed, one added.</summary>
    [Fact]
    public async Task A_backup_that_does_not_match_its_manifest_is_refused_naming_the_file_and_nothing_is_restored()
    {
        await source.Arrange.Case();
        Assert.Equal(0, (await RunAsync(source.DatabasePath, source.Folder, "backup", "--to", Backup)).ExitCode);
        var key = "keys/" + Path.GetFileName(Directory.GetFiles(Path.Combine(Backup, "keys")).First());

        foreach (var (tampering, named) in new[] { ("edited", key), ("removed", key), ("added", "keys/extra.xml") })
        {
            var tampered = Path.Combine(scratch, tampering);
            CopyFolder(Backup, tampered);
            var file = Path.Combine(tampered, named);
            switch (tampering)
            {
                case "edited":
                    await File.AppendAllTextAsync(file, " ");
                    break;
                case "removed":
                    File.Delete(file);
                    break;
                default:
                    await File.WriteAllTextAsync(file, "<key />");
                    break;
            }

            var (exit, output, errors) = await RunAsync(Path.Combine(Restored, "app.db"), Restored, "restore", "--from", tampered);

            Assert.Equal(1, exit);
            Assert.Contains("does not match its manifest", errors, StringComparison.Ordinal);
            Assert.Contains(named, errors, StringComparison.Ordinal);
            Assert.DoesNotContain("restored:", output, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(Restored, "app.db")), tampering);
            Assert.Empty(Directory.Exists(Path.Combine(Restored, "keys")) ? Directory.GetFiles(Path.Combine(Restored, "keys")) : []);
        }
    }

    [Fact]
    public async Task A_restore_over_a_database_that_exists_is_refused_and_changes_nothing_and_a_backup_needs_an_empty_folder()
    {
        await source.Arrange.Case();
        Assert.Equal(0, (await RunAsync(source.DatabasePath, source.Folder, "backup", "--to", Backup)).ExitCode);
        await source.Arrange.Case();

        var (exit, _, errors) = await RunAsync(source.DatabasePath, source.Folder, "restore", "--from", Backup);

        Assert.Equal(1, exit);
        Assert.Contains("A restore goes into an empty location", errors, StringComparison.Ordinal);
        Assert.Equal(2, await CountCasesAsync(source));

        var (again, _, refused) = await RunAsync(source.DatabasePath, source.Folder, "backup", "--to", Backup);
        Assert.Equal(1, again);
        Assert.Contains("is not empty", refused, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(string databasePath, string folder, params string[] command) =>
        AppCommand.RunAsync(databasePath, folder, null, command);

    /// <summary>The app started on the restored database, key ring and attachments (and so never on the test's template).</summary>
    private AppFactory OnRestored()
    {
        var copy = new AppFactory();
        copy.Settings["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Restored, "app.db")}";
        copy.Settings["DataProtection:KeyRingPath"] = Path.Combine(Restored, "keys");
        copy.Settings["Storage:AttachmentsPath"] = Path.Combine(Restored, "attachments");
        return copy;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static Task<int> CountCasesAsync(AppFactory app) =>
        app.WithDbAsync(db => db.Cases.IgnoreQueryFilters().CountAsync());

    private static async Task SealAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(CancellationToken.None);
    }
}
