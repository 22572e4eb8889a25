using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// How the two second factors are stored in AspNetUserTokens. The authenticator key is encrypted with
/// the key ring under its own purpose (marked <c>dp1:</c>), as the identifying fields are. Recovery codes
/// are kept only as PBKDF2 hashes with one random salt per set (marked <c>h1:</c>): shown once when made,
/// afterwards they can be checked, never read. A value without a mark was stored in clear by an earlier
/// version: it is still read, and <see cref="ClearSecondFactorConversion"/> converts it at start-up.
/// </summary>
public sealed class SecondFactorSecrets(IDataProtectionProvider provider)
{
    /// <summary>Identity's own names for the two rows; kept so that rows written earlier are found.</summary>
    public const string StoreProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";
    public const string RecoveryCodesName = "RecoveryCodes";

    public const string KeyMark = "dp1:";
    public const string CodesMark = "h1:";

    // Changing the purpose makes every enrolled authenticator unreadable (users must enrol again).
    public const string Purpose = "TraffickingCare.AuthenticatorKey.v1";

    // Codes carry about 47 bits; 100,000 PBKDF2 rounds put a backup's codes far out of reach while
    // a redemption costs one hash (the salt is shared by the set).
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string ProtectKey(string key) => KeyMark + protector.Protect(key);

    /// <summary>The key in clear; null when none is stored. Throws <see cref="CryptographicException"/> without the key ring that wrote it.</summary>
    public string? ReadKey(string? stored) => stored switch
    {
        null or "" => null,
        _ when stored.StartsWith(KeyMark, StringComparison.Ordinal) => protector.Unprotect(stored[KeyMark.Length..]),
        _ => stored,
    };

    public static bool IsClear(string name, string? stored) =>
        !string.IsNullOrEmpty(stored) && !stored.StartsWith(name == AuthenticatorKeyName ? KeyMark : CodesMark, StringComparison.Ordinal);

    public static string HashCodes(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return Format(salt, codes.Select(c => Hash(c, salt)));
    }

    public static int CountCodes(string? stored) => Parse(stored).Hashes.Count;

    /// <summary>The stored value without <paramref name="code"/>, or null when the code is not among them.</summary>
    public static string? Redeem(string? stored, string code)
    {
        var (salt, hashes) = Parse(stored);
        if (salt is null)
        {
            // Written in clear by an earlier version: compared as Identity did, rewritten hashed.
            var clear = hashes.ToList();
            var index = clear.IndexOf(Normalise(code));
            return index < 0 ? null : HashCodes(clear.Where((_, i) => i != index));
        }

        var candidate = Convert.FromBase64String(Hash(code, salt));
        var match = hashes.FindIndex(h => CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(h), candidate));
        return match < 0 ? null : Format(salt, hashes.Where((_, i) => i != match));
    }

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();

    private static string Hash(string code, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalise(code)), salt, Iterations, HashAlgorithmName.SHA256, HashBytes));

    private static string Format(byte[] salt, IEnumerable<string> hashes) =>
        CodesMark + Convert.ToBase64String(salt) + ":" + string.Join(';', hashes);

    /// <summary>Salt and hashes; for a value stored in clear, no salt and the codes themselves.</summary>
    private static (byte[]? Salt, List<string> Hashes) Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return (null, []);
        }

        if (!stored.StartsWith(CodesMark, StringComparison.Ordinal))
        {
            return (null, stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Normalise).ToList());
        }

        var parts = stored[CodesMark.Length..].Split(':', 2);
        return (Convert.FromBase64String(parts[0]), parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries).ToList());
    }
}
