using System.Xml.Linq;

namespace TraffickingCare.UnitTests.Localization;

/// <summary>The three UI languages must say everything: a key missing or empty in one shows the key to a user.</summary>
public sealed class ResourceParityTests
{
    private static readonly string ResourceFolder = Path.Combine(RepositoryRoot(), "src", "TraffickingCare.Web", "Resources");

    public static TheoryData<string> Languages => new() { "SharedResource.resx", "SharedResource.sr-Cyrl-RS.resx", "SharedResource.en.resx" };

    internal static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [Fact]
    public void The_three_resource_files_hold_the_same_keys()
    {
        var latin = Load("SharedResource.resx").Keys.ToHashSet();
        var cyrillic = Load("SharedResource.sr-Cyrl-RS.resx").Keys.ToHashSet();
        var english = Load("SharedResource.en.resx").Keys.ToHashSet();

        Assert.NotEmpty(latin);
        Assert.Empty(latin.Except(cyrillic));
        Assert.Empty(cyrillic.Except(latin));
        Assert.Empty(latin.Except(english));
        Assert.Empty(english.Except(latin));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_resource_value_is_empty(string file)
    {
        var empty = Load(file).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ToList();

        Assert.Empty(empty);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Placeholders_match_the_serbian_latin_original(string file)
    {
        var latin = Load("SharedResource.resx");
        var mismatched = Load(file)
            .Where(kv => latin.TryGetValue(kv.Key, out var original) && Placeholders(original) != Placeholders(kv.Value))
            .Select(kv => kv.Key)
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Cyrillic_values_are_written_in_cyrillic()
    {
        // A value with no Cyrillic letter at all is an untranslated copy (names like "English" are the exception).
        var allowed = new HashSet<string> { "App.ShortName", "Layout.Language.en", "Layout.Language.sr-Latn-RS" };
        var latinOnly = Load("SharedResource.sr-Cyrl-RS.resx")
            .Where(kv => !allowed.Contains(kv.Key) && kv.Value.Any(char.IsLetter) && !kv.Value.Any(c => c is >= 'А' and <= 'ш' or 'ђ' or 'ј' or 'љ' or 'њ' or 'ћ' or 'џ' or 'Ђ' or 'Ј' or 'Љ' or 'Њ' or 'Ћ' or 'Џ'))
            .Select(kv => kv.Key)
            .ToList();

        Assert.Empty(latinOnly);
    }

    private static string Placeholders(string value) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(value, @"\{\d+[^}]*\}").Select(m => m.Value).Order());

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TraffickingCare.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
