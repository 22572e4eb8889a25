using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// Drives the app as a browser would: GET a page, read its form (with the antiforgery token), POST it
/// back, follow the redirect. Redirects are not followed automatically, so tests can assert on them.
/// </summary>
public sealed class TestClient(HttpClient http, Func<string>? serverErrors = null) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {response.StatusCode} {response.Headers.Location} {serverErrors?.Invoke()}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the page's form (chosen by CSS selector) with its own fields, overridden by <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IDictionary<string, string>? fields = null, string? submitName = null, string? submitValue = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "checkbox" or "radio"):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlInputElement box when !string.IsNullOrEmpty(box.Name) && box.Type is "checkbox" or "radio" && box.IsChecked:
                    values.Add(new(box.Name, box.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
            }
        }

        // A field the page does not render would pass here and never reach a user: a test must post only what
        // the form holds (a hand-made request, such as another record's id, goes through PostWithTokenAsync).
        // Names compare as model binding reads them, case aside.
        var names = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = (fields?.Keys ?? []).Append(submitName).OfType<string>().Where(n => !names.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The form '{formSelector}' has no field named {string.Join(", ", unknown.Select(n => $"'{n}'"))}.");
        }

        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        if (submitName is not null)
        {
            values.Add(new(submitName, submitValue ?? string.Empty));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Posts hand-made fields with a valid antiforgery token (taken from the home page): a request the
    /// page would not offer this user, such as another record's id or a button their role does not see.
    /// </summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = (await GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in through the real login form (two-factor off, as in Development).</summary>
    public async Task SignInAsync(string userName, string password = AppFactory.DemoPassword)
    {
        var page = await GetPageAsync("/Account/Login");
        var response = await SubmitAsync(page, "form#login-form", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {userName} failed: {response.StatusCode}");
    }

    public void Dispose() => Http.Dispose();
}
