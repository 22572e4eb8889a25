using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.UnitTests.Identity;

public sealed class SecondFactorSecretsTests
{
    private static readonly string[] Codes = ["7KQ2M-XWD4R", "B9TPH-3CJ6F", "MV2RX-8DKQ4"];

    [Fact]
    public void Recovery_codes_are_stored_as_salted_hashes_and_each_redeems_once()
    {
        var stored = SecondFactorSecrets.HashCodes(Codes);

        Assert.StartsWith(SecondFactorSecrets.CodesMark, stored, StringComparison.Ordinal);
        Assert.All(Codes, c => Assert.DoesNotContain(c, stored, StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(stored, SecondFactorSecrets.HashCodes(Codes)); // a fresh salt per set

        var afterOne = SecondFactorSecrets.Redeem(stored, " b9tph-3cj6f ");
        Assert.NotNull(afterOne);
        Assert.Equal(2, SecondFactorSecrets.CountCodes(afterOne));
        Assert.Null(SecondFactorSecrets.Redeem(afterOne, Codes[1]));
        Assert.Null(SecondFactorSecrets.Redeem(afterOne, "AAAAA-BBBBB"));
        Assert.NotNull(SecondFactorSecrets.Redeem(afterOne, Codes[2]));
    }

    [Fact]
    public void Codes_stored_in_clear_by_an_earlier_version_still_redeem_and_what_remains_is_written_hashed()
    {
        var remaining = SecondFactorSecrets.Redeem(string.Join(";", Codes), Codes[0]);

        Assert.NotNull(remaining);
        Assert.StartsWith(SecondFactorSecrets.CodesMark, remaining, StringComparison.Ordinal);
        Assert.Equal(2, SecondFactorSecrets.CountCodes(remaining));
        Assert.Null(SecondFactorSecrets.Redeem(remaining, Codes[0]));
        Assert.NotNull(SecondFactorSecrets.Redeem(remaining, Codes[2]));
        Assert.Equal(3, SecondFactorSecrets.CountCodes(string.Join(";", Codes)));
        Assert.Equal(0, SecondFactorSecrets.CountCodes(null));
    }

    [Fact]
    public void The_authenticator_key_is_encrypted_and_unreadable_under_another_key_ring()
    {
        var secrets = new SecondFactorSecrets(new EphemeralDataProtectionProvider());
        const string key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

        var stored = secrets.ProtectKey(key);

        Assert.StartsWith(SecondFactorSecrets.KeyMark, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(key, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(key, secrets.ReadKey(stored));
        Assert.Equal(key, secrets.ReadKey(key)); // stored in clear by an earlier version
        Assert.Throws<CryptographicException>(() => new SecondFactorSecrets(new EphemeralDataProtectionProvider()).ReadKey(stored));
    }
}
