using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.Web.Infrastructure.Backup;

/// <summary>
/// Takes an online backup while the app keeps writing: first a consistent copy of the database (<c>VACUUM INTO</c>
/// reads one snapshot of it, as a reader in write-ahead-log mode never waits for the writer), then the key ring and the
/// attachments. Copied after the snapshot, they hold every key and every file a row of the copy refers to (keys are
/// made before they are used, a file is written before its row and never deleted); anything newer is unreferenced.
/// Every file is then hashed into the manifest, and the backup is audited with the manifest's hash.
/// </summary>
public sealed class BackupWriter(AppDbContext db, BackupLocations locations, AuditTrail audit, TimeProvider clock)
{
    public async Task<BackupManifest> WriteAsync(string target, CancellationToken ct)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"{target} is not empty: a backup goes into a new folder.");
        }

        var database = Path.Combine(target, BackupLocations.DatabaseEntry);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {database}", ct);
        var rows = await DatabaseFile.CheckAsync(database, ct);

        foreach (var (source, entry) in BackupLocations.FilesOf(locations.KeyRing, BackupLocations.KeysEntry)
            .Concat(BackupLocations.FilesOf(locations.Attachments, BackupLocations.AttachmentsEntry)))
        {
            var copy = Path.Combine(target, entry);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(source, copy);
        }

        var manifest = new BackupManifest(Guid.NewGuid(), clock.GetUtcNow().UtcDateTime, await BackupManifest.HashFilesAsync(target, ct), rows);
        await manifest.WriteAsync(target, ct);
        var written = await BackupFile.OfAsync(target, Path.Combine(target, BackupManifest.FileName), ct);
        await audit.RecordDownloadAsync("Backup", manifest.Id, new DownloadedFile(written.Bytes, written.Sha256, manifest.Files.Count), ct: ct);
        return manifest;
    }
}
