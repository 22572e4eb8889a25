using System.Security.Cryptography;
using System.Text;
using TraffickingCare.Web.Infrastructure.Security;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// The secret the audit chain's hashes are keyed with (HMAC-SHA256). Keyed, so that someone who can write to the
/// database but does not hold this key cannot edit a row and recompute the hashes after it: the edit stays visible.
/// It must stay the same for as long as the audit trail is kept, so it is not a Data Protection key (those rotate);
/// it is kept, and backed up, like the key ring (docs/data-protection.md).
/// </summary>
public sealed class AuditChainKey(string? base64Key)
{
    public const string ConfigurationKey = "DataProtection:AuditChainKey";

    /// <summary>Development and tests only; every other environment refuses to start with it (ProductionGuard).</summary>
    public const string DevelopmentKey = "VHJhZmZpY2tpbmdDYXJlLWRldmVsb3BtZW50LW9ubHktYXVkaXQtY2hhaW4ta2V5";

    /// <summary>What the first sealed row builds on.</summary>
    public static readonly string Genesis = new('0', 64);

    private readonly byte[] key = SecretKey.Read(base64Key, DevelopmentKey);

    /// <summary>The row's hash: over the previous row's hash and the row's content, as 64 hex digits.</summary>
    public string Hash(string previous, AuditChainRow row) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(previous + "\n" + row.Content())));

    public static bool IsAcceptableForProduction(string? base64Key) => SecretKey.IsAcceptableForProduction(base64Key, DevelopmentKey);
}
