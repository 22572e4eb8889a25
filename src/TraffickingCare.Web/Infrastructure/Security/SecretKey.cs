namespace TraffickingCare.Web.Infrastructure.Security;

/// <summary>
/// A long-lived secret of the app's own, for what must stay the same for years (Data Protection keys rotate): random
/// bytes, in base64, from configuration. Development and tests fall back to a public development key, which every
/// other environment refuses (<see cref="Startup.ProductionGuard"/>).
/// </summary>
public static class SecretKey
{
    public const int MinimumBytes = 32;

    public static byte[] Read(string? base64, string developmentKey) =>
        Convert.FromBase64String(string.IsNullOrWhiteSpace(base64) ? developmentKey : base64);

    public static bool IsAcceptableForProduction(string? base64, string developmentKey)
    {
        if (string.IsNullOrWhiteSpace(base64) || base64 == developmentKey)
        {
            return false;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var length) && length >= MinimumBytes;
    }
}
