using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Features.TwoFactor;

/// <summary>A database backup alone must not give anyone's second factor.</summary>
public sealed class SecondFactorStorageTests
{
    private const string StoreProvider = "[AspNetUserStore]";

    [Fact]
    public async Task After_enrolment_the_token_table_holds_neither_the_key_nor_a_recovery_code_in_clear_and_both_still_sign_in()
    {
        await using var factory = new AppFactory();
        using var enrolling = factory.CreateTestClient();
        await enrolling.SignInAsync("radnik");
        var (key, codes) = await Authenticator.EnrolAsync(enrolling, factory);
        var rawKey = key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        var stored = await TokenValuesAsync(factory, "radnik");
        Assert.Equal(2, stored.Count);
        Assert.All(stored, value =>
        {
            Assert.DoesNotContain(rawKey, value, StringComparison.OrdinalIgnoreCase);
            Assert.All(codes, code => Assert.DoesNotContain(code, value, StringComparison.OrdinalIgnoreCase));
        });

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("/", (await SecondStepAsync(factory, "radnik", Authenticator.Code(factory, key))).Headers.Location?.OriginalString);
        Assert.Equal("/", (await SecondStepAsync(factory, "radnik", recoveryCode: codes[3])).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(factory, "radnik", recoveryCode: codes[3])).StatusCode);
        Assert.Equal("/", (await SecondStepAsync(factory, "radnik", recoveryCode: codes[9])).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Second_factors_stored_in_clear_by_an_earlier_install_keep_working_and_are_converted_at_start_up()
    {
        await using var factory = new AppFactory();
        var userId = await TestUsers.CreateAsync(factory, "stari.korisnik", TraffickingCare.Web.Identity.Roles.Caseworker);
        var key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        string[] codes = ["7KQ2M-XWD4R", "B9TPH-3CJ6F", "MV2RX-8DKQ4"];
        await factory.WithDbAsync(async db =>
        {
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = StoreProvider, Name = "AuthenticatorKey", Value = key });
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = StoreProvider, Name = "RecoveryCodes", Value = string.Join(";", codes) });
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true));
        });

        // Before the conversion (a restored backup, say), the clear values still work.
        Assert.Equal("/", (await SecondStepAsync(factory, "stari.korisnik", Authenticator.Code(factory, key))).Headers.Location?.OriginalString);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
        }

        var stored = await TokenValuesAsync(factory, "stari.korisnik");
        Assert.Equal(2, stored.Count);
        Assert.All(stored, value =>
        {
            Assert.DoesNotContain(key, value, StringComparison.OrdinalIgnoreCase);
            Assert.All(codes, code => Assert.DoesNotContain(code, value, StringComparison.OrdinalIgnoreCase));
        });

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("/", (await SecondStepAsync(factory, "stari.korisnik", Authenticator.Code(factory, key))).Headers.Location?.OriginalString);
        Assert.Equal("/", (await SecondStepAsync(factory, "stari.korisnik", recoveryCode: codes[1])).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(factory, "stari.korisnik", recoveryCode: codes[1])).StatusCode);
    }

    [Fact]
    public async Task An_authenticator_key_the_key_ring_can_no_longer_read_keeps_the_user_at_the_code_step()
    {
        await using var factory = new AppFactory();
        var userId = await TestUsers.CreateAsync(factory, "izgubljen.kljuc", TraffickingCare.Web.Identity.Roles.Caseworker);
        await factory.WithDbAsync(async db =>
        {
            // A key written under a key ring this install no longer has (restored database, lost keys).
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = StoreProvider, Name = "AuthenticatorKey", Value = "dp1:CfDJ8-not-readable-here" });
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true));
        });

        // The password alone never signs in: the code step comes, and refuses.
        var refused = await SecondStepAsync(factory, "izgubljen.kljuc", "123456");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
    }

    private static Task<List<string>> TokenValuesAsync(AppFactory factory, string userName) =>
        factory.WithDbAsync(db => db.UserTokens
            .Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == userName))
            .Select(t => t.Value ?? string.Empty)
            .ToListAsync());

    /// <summary>Password step, then either the authenticator code or a recovery code, in a fresh browser.</summary>
    private static async Task<HttpResponseMessage> SecondStepAsync(AppFactory factory, string userName, string? code = null, string? recoveryCode = null)
    {
        using var client = factory.CreateTestClient();
        var passwordStep = await Authenticator.PasswordStepAsync(client, userName);
        Assert.StartsWith("/Account/LoginWithTwoFactor", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        if (code is not null)
        {
            var page = await client.GetPageAsync(passwordStep.Headers.Location.OriginalString);
            return await client.SubmitAsync(page, "form#two-factor-form", new Dictionary<string, string> { ["Code"] = code });
        }

        var recovery = await client.GetPageAsync("/Account/LoginWithRecoveryCode");
        return await client.SubmitAsync(recovery, "form#recovery-code-form", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCode! });
    }
}
