using System.Security.Cryptography;
using System.Text.Json;

namespace TraffickingCare.Web.Infrastructure.Backup;

/// <summary>One file of a backup: its path inside the backup folder (with '/'), its size and its SHA-256.</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256)
{
    public static async Task<BackupFile> OfAsync(string folder, string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var hash = await SHA256.HashDataAsync(file, ct);
        return new(System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/'), file.Length, Convert.ToHexStringLower(hash));
    }
}

/// <summary>
/// What a backup holds, written beside it as <c>manifest.json</c>: every file with its checksum, and the rows of each
/// table of the database copy, so that a restore can prove it put back exactly what was taken.
/// </summary>
public sealed record BackupManifest(Guid Id, DateTime TakenAtUtc, IReadOnlyList<BackupFile> Files, IReadOnlyDictionary<string, long> Rows)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Every file of <paramref name="folder"/> but the manifest itself, hashed.</summary>
    public static async Task<IReadOnlyList<BackupFile>> HashFilesAsync(string folder, CancellationToken ct)
    {
        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (System.IO.Path.GetRelativePath(folder, path) != FileName)
            {
                files.Add(await BackupFile.OfAsync(folder, path, ct));
            }
        }

        return files;
    }

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var file = File.Create(System.IO.Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, this, Json, ct);
    }

    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken ct)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{path} is missing: this is not a backup taken by the backup command.");
        }

        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(file, Json, ct)
            ?? throw new BackupException($"{path} is empty.");
    }

    /// <summary>The differences between this manifest and the files found: empty when they match exactly.</summary>
    public IReadOnlyList<string> Differences(IReadOnlyList<BackupFile> found)
    {
        var listed = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var seen = found.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return
        [
            .. Files.Where(f => !seen.ContainsKey(f.Path)).Select(f => $"{f.Path}: missing"),
            .. found.Where(f => !listed.ContainsKey(f.Path)).Select(f => $"{f.Path}: not in the manifest"),
            .. found.Where(f => listed.TryGetValue(f.Path, out var l) && l != f).Select(f => $"{f.Path}: its size or checksum differs"),
        ];
    }
}

/// <summary>A backup that cannot be taken or restored as asked; its message says why, for the operator's console.</summary>
public sealed class BackupException(string message) : Exception(message);
