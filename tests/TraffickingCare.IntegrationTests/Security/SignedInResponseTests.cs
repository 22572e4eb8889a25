using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

public sealed class SignedInResponseTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Pages_for_a_signed_in_user_are_never_cached()
    {
        using var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");

        var response = await client.Http.GetAsync("/");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}
