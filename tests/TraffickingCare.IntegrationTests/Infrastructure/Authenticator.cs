using System.Net;
using OtpNet;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Plays the phone's authenticator app: reads the key from the enrolment page and computes codes.</summary>
public static class Authenticator
{
    public static string Code(AppFactory factory, string key) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()))
            .ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Enrols the signed-in user of <paramref name="client"/>; returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(TestClient client, AppFactory factory)
    {
        var page = await client.GetPageAsync("/TwoFactor/Enable");
        var key = page.QuerySelector("#shared-key")!.TextContent.Trim();
        var response = await client.SubmitAsync(page, "form#enable-two-factor-form", new Dictionary<string, string> { ["Code"] = Code(factory, key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await TestClient.ParseAsync(response);
        var codes = shown.QuerySelectorAll("#recovery-codes kbd").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    /// <summary>Posts user name and password; returns the response (a redirect to the code step when two-factor is on).</summary>
    public static async Task<HttpResponseMessage> PasswordStepAsync(TestClient client, string userName, string password = AppFactory.DemoPassword)
    {
        var page = await client.GetPageAsync("/Account/Login");
        return await client.SubmitAsync(page, "form#login-form", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
    }
}
