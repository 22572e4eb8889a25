using System.Reflection;

namespace TraffickingCare.Web.Identity;

/// <summary>Passwords from public breach top lists (12+ characters, plus local favourites), compared raw and normalised.</summary>
internal static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> Set = new(Load);

    public static bool Contains(string password) => Set.Value.Contains(password.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TraffickingCare.Web.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim().ToLowerInvariant();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            set.Add(entry);
            set.Add(PasswordPolicyValidator.Normalise(entry));
        }

        return set;
    }
}
