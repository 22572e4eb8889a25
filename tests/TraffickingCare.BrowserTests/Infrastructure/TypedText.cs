using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>
/// The log canary: everything the browser suite types that could be personal data, as it leaves the browser in a
/// form post (a name, a note, an address: every value of two words or more), and every password. None of it may ever
/// reach the app's log files; <see cref="AssertNotInLogs"/> reads them all after each test.
/// </summary>
public static partial class TypedText
{
    private static readonly ConcurrentDictionary<string, string> Values = new(StringComparer.Ordinal);

    /// <summary>
    /// Records the free text of a request: a form post's fields (URL-encoded forms and the fetch posts of the same
    /// format) and a query string's values (a filter typed into a list's search box travels in the address).
    /// </summary>
    public static void Record(IRequest request)
    {
        var query = new Uri(request.Url).Query;
        if (query.Length > 1)
        {
            RecordFields(query[1..]);
        }

        if (request.Method == "POST" && request.PostData is { Length: > 0 } body
            && request.Headers.TryGetValue("content-type", out var type) && type.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            RecordFields(body);
        }
    }

    private static void RecordFields(string encoded)
    {
        foreach (var pair in encoded.Split('&'))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0].Replace('+', ' '));
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')).Trim() : string.Empty;
            if (name.Contains("Password", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                Values.TryAdd(value, name);
            }
            else if (name != "__RequestVerificationToken" && TwoWords().IsMatch(value))
            {
                Values.TryAdd(value, name);
            }
        }
    }

    public static int Count => Values.Count;

    /// <summary>Fails naming the field and the log file if a typed value is in any file under <paramref name="logFolder"/>.</summary>
    public static void AssertNotInLogs(string logFolder)
    {
        if (!Directory.Exists(logFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(logFolder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var log = reader.ReadToEnd();
            var leaked = Values.Where(v => log.Contains(v.Key, StringComparison.Ordinal)).Select(v => $"the value typed into {v.Value}").ToList();
            Assert.True(leaked.Count == 0, $"{Path.GetFileName(file)} holds {string.Join(", ", leaked)}: personal data must never be logged.");
        }
    }

    [GeneratedRegex(@"\p{L}{2,}[\s,.]+\p{L}{2,}")]
    private static partial Regex TwoWords();
}
