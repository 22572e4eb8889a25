using Microsoft.AspNetCore.DataProtection;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>
/// Encrypts identifying fields before they reach the database, with ASP.NET Core Data Protection
/// (AES-256-GCM for keys made since the release of 4 December 2026, AES-256-CBC + HMACSHA256 for older ones; keys
/// rotated every 90 days and kept in the configured key ring).
/// A stolen database file or backup without the key ring reveals no name.
/// </summary>
public sealed class FieldProtector(IDataProtectionProvider provider)
{
    // The purpose string isolates these payloads from cookies and antiforgery tokens; changing it
    // would make every stored field unreadable.
    public const string Purpose = "TraffickingCare.FieldEncryption.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => protector.Unprotect(ciphertext);
}
