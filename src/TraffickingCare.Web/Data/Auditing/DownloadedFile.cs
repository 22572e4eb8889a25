using System.Security.Cryptography;
using System.Text.Json;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// What the audit keeps of a file sent: its size, its SHA-256 where the app made the file (a copy found later can be
/// matched to the download it came from) and, for a table, its rows. Never a value of the file.
/// </summary>
public sealed record DownloadedFile(long Bytes, string? Sha256, int? Rows)
{
    public static DownloadedFile Of(byte[] content, int? rows = null) => new(content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)), rows);

    /// <summary>A file written to a stream first (too large to hold in memory): hashed from its start, then rewound for sending.</summary>
    public static async Task<DownloadedFile> OfAsync(Stream content, int? rows, CancellationToken ct)
    {
        content.Position = 0;
        var hash = await SHA256.HashDataAsync(content, ct);
        content.Position = 0;
        return new(content.Length, Convert.ToHexStringLower(hash), rows);
    }

    /// <summary>A stored document sent as it was uploaded (decrypted on the way): its size; it is not read twice to be hashed.</summary>
    public static DownloadedFile Stored(long bytes) => new(bytes, null, null);

    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["bytes"] = Bytes,
        ["sha256"] = Sha256,
        ["rows"] = Rows,
    }.Where(p => p.Value is not null).ToDictionary());
}
