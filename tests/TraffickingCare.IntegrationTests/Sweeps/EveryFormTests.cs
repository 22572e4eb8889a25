using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Tests.Shared;
using Xunit.Abstractions;

namespace TraffickingCare.IntegrationTests.Sweeps;

/// <summary>
/// Each role's walk through the app from its home page over the seed command's synthetic caseload, sending back every
/// form it is shown twice: emptied, and filled with nonsense (text past any limit, dates and numbers that are not).
/// Bad input must get a page or a redirect, never a server error; its messages must be the app's own words, not the
/// framework's English defaults or a resource's key; and what was typed must come back in its field.
/// </summary>
public sealed partial class EveryFormTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Walk.EveryRole), MemberType = typeof(Walk))]
    public async Task Every_form_a_role_is_shown_answers_bad_input_with_its_own_words_and_keeps_what_was_typed(string userName)
    {
        // An app of its own: the forms sent change what the other roles' walks would find.
        await using var factory = await SyntheticApp.StartAsync();

        using var client = await factory.Arrange.SignedInAsync(userName);
        var walk = new LinkWalk(client);
        var defects = walk.Defects;
        var forms = new HashSet<string>();
        var (sent, stale) = (0, 0);
        await foreach (var (url, page) in walk.PagesAsync())
        {
            foreach (var form in page.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
                if (action.StartsWith("/Account/Logout", StringComparison.Ordinal) || action.StartsWith("/Language", StringComparison.Ordinal)
                    || !forms.Add($"{form.Method} {Walk.Shape(action)} {form.Id}"))
                {
                    continue;
                }

                // A form with no button to send it shows what cannot be changed.
                if (!form.Elements.Any(e => e is IHtmlButtonElement { Type: "submit", IsDisabled: false } or IHtmlInputElement { Type: "submit", IsDisabled: false }))
                {
                    continue;
                }

                // A stale version first, on every form that carries one (a button too: approve, remove, close), then
                // nonsense: both are refused, so the emptied form (which may be taken) finds the record as it was.
                if (await SendStaleAsync(client, page, form, action, url) is { } refused)
                {
                    stale++;
                    defects.AddRange(refused);
                }

                // A form with nothing to type (a button) has no bad input to send, and sending it would change what the
                // rest of the walk finds.
                if (!form.Elements.Any(Typed))
                {
                    continue;
                }

                foreach (var nonsense in new[] { true, false })
                {
                    sent++;
                    defects.AddRange(await SendAsync(client, walk, page, form, action, nonsense, url));
                }
            }
        }

        output.WriteLine($"{userName}: {walk.Opened} pages opened, {sent} forms sent, {stale} with a stale version");
        Assert.True(defects.Count == 0, $"{defects.Count} defects on {userName}'s walk:\n" + string.Join("\n", defects));
        Assert.True(sent > 5, $"{userName}'s walk sent only {sent} forms");
        Assert.True(stale > 0, $"{userName}'s walk sent no form with a stale version");
        Assert.True(string.IsNullOrEmpty(factory.Errors.All), factory.Errors.All);
    }

    private static async Task<IEnumerable<string>> SendAsync(TestClient client, LinkWalk walk, IHtmlDocument page, IHtmlFormElement form, string action, bool nonsense, string on)
    {
        var typed = new Dictionary<string, string>();
        var index = 0;
        foreach (var element in form.Elements.Where(Typed))
        {
            var value = element switch
            {
                IHtmlInputElement { Type: "date" } => "32.13.2026.",
                IHtmlInputElement { Type: "time" } => "25:61",
                IHtmlInputElement { Type: "number" } => "Ωx",
                _ => Text(index++),
            };
            typed[element.GetAttribute("name")!] = nonsense ? value : string.Empty;
        }

        var what = $"{form.Method.ToUpperInvariant()} {action} ({(nonsense ? "nonsense" : "emptied")}, form #{form.Id} on {on})";
        var response = await SendAsync(client, page, form, action, typed);
        var defects = new List<string>();
        if ((int)response.StatusCode >= 400 && (response.StatusCode != HttpStatusCode.NotFound || await walk.StillOffersAsync(on, action)))
        {
            defects.Add($"{what} answered {(int)response.StatusCode}");
            return defects;
        }

        // Bad input never signs the user out or leads to a page they may not see.
        if (response.Headers.Location?.OriginalString.StartsWith("/Account/", StringComparison.Ordinal) == true)
        {
            defects.Add($"{what} led to {response.Headers.Location}");
            return defects;
        }

        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return defects;
        }

        var answer = await TestClient.ParseAsync(response);
        var text = answer.Body?.TextContent ?? string.Empty;

        // A form sent and shown again was refused: the page must say why, beside the field or above the form.
        // (Inside the form shown again, or above it; not any red text elsewhere on the page, such as an overdue count.)
        var again = string.IsNullOrEmpty(form.Id) ? null : answer.GetElementById(form.Id);
        var said = (again?.QuerySelectorAll(".text-danger, .field-validation-error, .invalid-feedback") ?? Enumerable.Empty<AngleSharp.Dom.IElement>())
            .Concat(answer.QuerySelectorAll(".alert-danger, #form-errors"))
            .Any(e => !string.IsNullOrWhiteSpace(e.TextContent));
        if (form.Method == "post" && !said)
        {
            defects.Add($"{what} was shown again without a word of why");
        }

        defects.AddRange(FrameworkWords().Matches(text).Select(m => $"{what} shows the framework's words: \"{Around(text, m.Index)}\""));
        defects.AddRange(Walk.ResourceKey().Matches(text).Select(m => $"{what} shows the resource key {m.Value}"));
        if (nonsense)
        {
            foreach (var (name, value) in typed.Where(t => t.Value.StartsWith('Ω') && t.Value.Length > 20))
            {
                var kept = answer.QuerySelectorAll($"[name='{name}']").Any(e => e is IHtmlInputElement i ? i.Value == value : e.TextContent == value);
                // A password or a one-time code is never shown back.
                var secret = form.Elements.Any(e => e.GetAttribute("name") == name
                    && (e.GetAttribute("type") == "password" || e.GetAttribute("autocomplete") == "one-time-code"));
                if (!kept && !secret && !text.Contains(value, StringComparison.Ordinal))
                {
                    defects.Add($"{what} lost what was typed into {name}");
                }
            }
        }

        return defects;
    }

    /// <summary>
    /// The form as it was shown, but with the version before the one it carries, as a page opened before someone else's
    /// save would send it: it must be refused, never taken. A form with something typed is shown again; a button's refusal
    /// is flashed on the page it leads to, and must say someone else saved first.
    /// </summary>
    private static async Task<IEnumerable<string>?> SendStaleAsync(TestClient client, IHtmlDocument page, IHtmlFormElement form, string action, string on)
    {
        var version = form.Elements.OfType<IHtmlInputElement>()
            .FirstOrDefault(i => i.Type == "hidden" && i.Name is { } name && name.EndsWith("Version", StringComparison.OrdinalIgnoreCase));
        // Version 0 is a record not made yet (its save makes it at version 1, which a second page's 0 then misses).
        if (form.Method != "post" || version is null || !int.TryParse(version.Value, out var current) || current < 1)
        {
            return null;
        }

        var other = current - 1;
        var what = $"POST {action} (version {other} of {current}, form #{form.Id} on {on})";
        var response = await SendAsync(client, page, form, action, new Dictionary<string, string> { [version.Name!] = other.ToString(CultureInfo.InvariantCulture) });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            // Shown again: refused, whether for the version or for a field the form was shown without (a choice to make).
            return [];
        }

        // A button's refusal is flashed on the page it leads to (which may lead on, as a held conference's run page does).
        for (var hops = 0; hops < 3 && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: false } next
            && !next.OriginalString.StartsWith("/Account/", StringComparison.Ordinal); hops++)
        {
            response = await client.Http.GetAsync(next);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [$"{what} answered {(int)response.StatusCode} {response.Headers.Location}"];
        }

        var flashed = (await TestClient.ParseAsync(response)).QuerySelectorAll(".alert-danger").Select(a => a.TextContent.Trim()).ToList();
        return flashed.Contains(Conflict) ? [] : [$"{what} was not refused as a conflict: {string.Join(" | ", flashed.DefaultIfEmpty("no message"))}"];
    }

    private static readonly string Conflict = Ui.Text("Common.ConcurrencyConflict");

    /// <summary>Sends the form as a browser would, by its own button, with <paramref name="typed"/> in place of its fields' values.</summary>
    private static async Task<HttpResponseMessage> SendAsync(TestClient client, IHtmlDocument page, IHtmlFormElement form, string action, Dictionary<string, string> typed)
    {
        // The form's own button: one without a name when it has one (a named one may be a search inside the form, which
        // shows the form again by design); else its first.
        var buttons = form.Elements.OfType<IHtmlButtonElement>().Where(b => b.Type == "submit").ToList();
        var button = buttons.Any(b => string.IsNullOrEmpty(b.Name)) ? null : buttons.FirstOrDefault();
        if (form.Method == "get")
        {
            var fields = Fields(form, typed);
            return await client.Http.GetAsync(action.Split('?')[0] + "?" + string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        }

        if (!string.IsNullOrEmpty(form.Id))
        {
            return await client.SubmitAsync(page, $"#{form.Id}", typed, button?.Name, button?.Value);
        }

        var posted = Fields(form, typed);
        if (button is not null)
        {
            posted.Add(new(button.Name!, button.Value));
        }

        return await client.Http.PostAsync(action, new FormUrlEncodedContent(posted));
    }

    /// <summary>A field a user types into (not a choice, a hidden value or a button).</summary>
    private static bool Typed(IElement element) =>
        !string.IsNullOrEmpty(element.GetAttribute("name")) && !element.HasAttribute("disabled") && !element.HasAttribute("readonly")
        && element is IHtmlTextAreaElement or IHtmlInputElement { Type: "text" or "search" or "email" or "tel" or "url" or "password" or "date" or "time" or "number" };

    /// <summary>The form's own fields as a browser sends them, with <paramref name="typed"/> in place of theirs.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, Dictionary<string, string> typed)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlInputElement { Type: "submit" or "button" or "file" } => null,
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value : null,
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? string.Empty,
                _ => null,
            };
            if (value is not null)
            {
                fields.Add(new(name, typed.GetValueOrDefault(name, value)));
            }
        }

        return fields;
    }

    /// <summary>Nonsense text for the <paramref name="index"/>th field: recognisable, past any limit of a name or a title.</summary>
    private static string Text(int index) => $"Ω{index}-" + new string('x', 1200);

    private static string Around(string text, int at) =>
        text.Substring(Math.Max(0, at - 40), Math.Min(100, text.Length - Math.Max(0, at - 40))).ReplaceLineEndings(" ").Trim();

    /// <summary>ASP.NET Core's and FluentValidation's default messages, in English whatever the page's language.</summary>
    [GeneratedRegex(@"The value '|is not valid|is invalid|field is required|A value is required|must not be empty|is not a valid|must be a number|must be less|must be greater|The length of|Request Verification")]
    private static partial Regex FrameworkWords();
}
