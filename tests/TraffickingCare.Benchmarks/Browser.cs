using System.Net;
using System.Text.RegularExpressions;

namespace TraffickingCare.Benchmarks;

/// <summary>An HTTP client that keeps its cookies, signed in as a demo user of the app on loopback.</summary>
internal static partial class Browser
{
    public static async Task<HttpClient> SignedInAsync(int port, string userName, string password) =>
        (await SignedInWithCookiesAsync(port, userName, password)).Client;

    /// <summary>The client and its cookies (for a tool that sends them itself, such as wrk).</summary>
    public static async Task<(HttpClient Client, CookieContainer Cookies)> SignedInWithCookiesAsync(int port, string userName, string password)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromMinutes(5),
        };
        await WaitUntilLiveAsync(client);
        await SignInAsync(client, userName, password);
        return (client, cookies);
    }

    /// <summary>The antiforgery token of the first form on the page, or of the form with the given id.</summary>
    public static string Token(string html, string? formId = null)
    {
        var start = formId is null ? 0 : html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"No form #{formId} on the page.");
        }

        return TokenPattern().Match(html, start).Groups[1].Value;
    }

    private static async Task WaitUntilLiveAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not come up on loopback within two minutes.");
    }

    private static async Task SignInAsync(HttpClient http, string userName, string password)
    {
        var token = Token(await http.GetStringAsync("/Account/Login"));
        using var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));

        // Every role may open the home page; a failed sign-in redirects it to the login form.
        if (response.StatusCode != HttpStatusCode.Redirect || (await http.GetAsync("/")).StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed ({(int)response.StatusCode}).");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
