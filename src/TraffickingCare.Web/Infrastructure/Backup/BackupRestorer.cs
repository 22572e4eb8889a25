namespace TraffickingCare.Web.Infrastructure.Backup;

/// <summary>
/// Puts a backup back into an empty location (this app's configured database file, key ring and attachments folder),
/// only when every file matches the manifest: none missing, none added, every size and checksum the same. The copies
/// are checked again where they land, and the restored database must pass SQLite's integrity check with the row
/// counts of the manifest. Nothing existing is ever overwritten.
/// </summary>
public sealed class BackupRestorer(BackupLocations locations)
{
    public async Task<BackupManifest> RestoreAsync(string source, CancellationToken ct)
    {
        var manifest = await BackupManifest.ReadAsync(source, ct);
        var differences = manifest.Differences(await BackupManifest.HashFilesAsync(source, ct));
        if (differences.Count > 0)
        {
            throw new BackupException("The backup does not match its manifest, nothing was restored:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
        }

        if (!manifest.Files.Any(f => f.Path == BackupLocations.DatabaseEntry))
        {
            throw new BackupException($"The backup holds no {BackupLocations.DatabaseEntry}, nothing was restored.");
        }

        var targets = manifest.Files.Select(file => (File: file, Target: TargetOf(file.Path))).ToList();
        RefuseUnlessEmpty();
        var placed = new List<BackupFile>();
        foreach (var (file, target) in targets)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(source, file.Path), target);
            placed.Add((await BackupFile.OfAsync(Path.GetDirectoryName(target)!, target, ct)) with { Path = file.Path });
        }

        var landed = manifest.Differences(placed);
        if (landed.Count > 0)
        {
            throw new BackupException("The restored files differ from the backup:" + Environment.NewLine + string.Join(Environment.NewLine, landed));
        }

        var rows = await DatabaseFile.CheckAsync(locations.DatabaseFile, ct);
        if (!rows.SequenceEqual(manifest.Rows.OrderBy(r => r.Key, StringComparer.Ordinal)))
        {
            throw new BackupException("The restored database does not hold the rows the manifest counted.");
        }

        return manifest;
    }

    private void RefuseUnlessEmpty()
    {
        string[] database = [locations.DatabaseFile, locations.DatabaseFile + "-wal", locations.DatabaseFile + "-shm"];
        if (database.Any(File.Exists)
            || BackupLocations.FilesOf(locations.KeyRing, BackupLocations.KeysEntry).Any()
            || BackupLocations.FilesOf(locations.Attachments, BackupLocations.AttachmentsEntry).Any())
        {
            throw new BackupException($"A restore goes into an empty location: {locations.DatabaseFile}, the key ring at {locations.KeyRing} and the attachments at {locations.Attachments} must not exist yet or be empty.");
        }
    }

    private string TargetOf(string entry) =>
        entry == BackupLocations.DatabaseEntry ? locations.DatabaseFile
        : entry.StartsWith(BackupLocations.KeysEntry + "/", StringComparison.Ordinal) ? Path.Combine(locations.KeyRing, entry[(BackupLocations.KeysEntry.Length + 1)..])
        : entry.StartsWith(BackupLocations.AttachmentsEntry + "/", StringComparison.Ordinal) ? Path.Combine(locations.Attachments, entry[(BackupLocations.AttachmentsEntry.Length + 1)..])
        : throw new BackupException($"{entry} is not a part of a backup this app takes.");
}
