using System.Security.Cryptography;
using System.Text;
using TraffickingCare.Web.Infrastructure.Security;

namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>
/// The secret behind the blind index. It is not a Data Protection key because those rotate: a search
/// token must stay the same for years. Losing it costs nothing but a rebuild; leaking it (with the
/// database) lets an attacker test guessed names, so it is kept like the key ring (docs/data-protection.md).
/// </summary>
public sealed class BlindIndexKey
{
    public const string ConfigurationKey = "DataProtection:SearchIndexKey";

    /// <summary>Development and tests only; Production refuses to start with it (ProductionGuard).</summary>
    public const string DevelopmentKey = "VHJhZmZpY2tpbmdDYXJlLWRldmVsb3BtZW50LW9ubHktc2VhcmNoLWtleQ==";

    // Version of the normalisation rules: raising it rebuilds every token at the next start.
    private const string RulesVersion = "names-v1";

    private readonly byte[] key;

    public BlindIndexKey(string? base64Key)
    {
        key = SecretKey.Read(base64Key, DevelopmentKey);
        Stamp = Token(PersonSearchKind.Stamp, RulesVersion);
    }

    /// <summary>Changes whenever the key or the rules change.</summary>
    public string Stamp { get; }

    /// <summary>A 96-bit keyed hash (HMAC-SHA256, truncated), as 24 hex digits.</summary>
    public string Token(PersonSearchKind kind, string value)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes((int)kind + ":" + value));
        return Convert.ToHexStringLower(hash, 0, 12);
    }

    public static bool IsAcceptableForProduction(string? base64Key) => SecretKey.IsAcceptableForProduction(base64Key, DevelopmentKey);
}
