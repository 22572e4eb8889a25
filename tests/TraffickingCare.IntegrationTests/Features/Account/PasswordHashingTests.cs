using System.Buffers.Binary;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Account;

/// <summary>
/// The other tests hash passwords cheaply (<see cref="AppFactory.TestPasswordIterations"/>); the app as it ships keeps
/// Identity's PBKDF2 with HMAC-SHA512 and 100,000 iterations, read here from a hash the app itself stored.
/// </summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public async Task The_app_stores_passwords_as_PBKDF2_SHA512_with_100000_iterations_and_signs_in_against_them()
    {
        using var factory = new AppFactory { CheapPasswordHashing = false };

        Assert.Equal(100_000, factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount);
        await TestUsers.CreateAsync(factory, "jaka-lozinka", TraffickingCare.Web.Identity.Roles.Caseworker);
        var (prf, iterations) = Header(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "jaka-lozinka").Select(u => u.PasswordHash!).SingleAsync()));
        Assert.Equal((KeyDerivationPrf.HMACSHA512, 100_000), (prf, iterations));

        using var client = factory.CreateTestClient();
        await client.SignInAsync("jaka-lozinka");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_tests_demo_users_carry_the_cheap_test_hash()
    {
        using var factory = new AppFactory();

        var hash = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.PasswordHash!).SingleAsync());

        Assert.Equal((KeyDerivationPrf.HMACSHA512, AppFactory.TestPasswordIterations), Header(hash));
    }

    /// <summary>Identity's version-3 hash: a 0x01 marker, then the PRF and the iteration count, big-endian.</summary>
    private static (KeyDerivationPrf Prf, int Iterations) Header(string stored)
    {
        var bytes = Convert.FromBase64String(stored);
        Assert.Equal(0x01, bytes[0]);
        return ((KeyDerivationPrf)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }
}
