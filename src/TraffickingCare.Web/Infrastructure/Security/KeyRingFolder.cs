namespace TraffickingCare.Web.Infrastructure.Security;

/// <summary>
/// Where the Data Protection key ring lives: <c>DataProtection:KeyRingPath</c>, a relative path taken from the content
/// root. Null when it is not set (Development then keeps the keys in the user's profile).
/// </summary>
public static class KeyRingFolder
{
    public const string ConfigurationKey = "DataProtection:KeyRingPath";

    public static string? Of(IConfiguration configuration, string contentRoot)
    {
        var path = configuration[ConfigurationKey];
        return string.IsNullOrWhiteSpace(path) ? null : Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
    }
}
