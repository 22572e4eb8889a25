namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>A code from an authenticator app as people type it: six digits, often shown as "123 456" or "123-456".</summary>
public static class AuthenticatorCode
{
    public const int MaxLength = 7;

    public static string Normalise(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    public static bool IsWellFormed(string? code) => Normalise(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);
}
