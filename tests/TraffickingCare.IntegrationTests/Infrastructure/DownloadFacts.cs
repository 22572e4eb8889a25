using System.Security.Cryptography;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>What the audit entry of a download must say of the file, computed here from the bytes the client received.</summary>
public static class DownloadFacts
{
    public static string Of(byte[] file, int? rows = null) =>
        rows is { } count
            ? $"{{\"bytes\":{file.Length},\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(file))}\",\"rows\":{count}}}"
            : $"{{\"bytes\":{file.Length},\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(file))}\"}}";
}
