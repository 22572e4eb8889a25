using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Infrastructure.Storage;

/// <summary>
/// The attachments folder: each file encrypted (<see cref="ChunkedAesGcm"/>) with a random key of its own, that
/// key protected by the Data Protection key ring (envelope encryption) and kept in the database row. Files are
/// named by a random id, never by the user's file name. The folder, the database and the key ring are needed
/// together to read a file: any one of them alone reveals nothing.
/// </summary>
public sealed class AttachmentStore(IOptions<StorageOptions> options, IDataProtectionProvider protection, IHostEnvironment environment)
{
    /// <summary>Isolates wrapped file keys from every other payload of the key ring; changing it makes every stored file unreadable.</summary>
    public const string Purpose = "TraffickingCare.AttachmentKey.v1";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public string Folder
    {
        get
        {
            var configured = options.Value.AttachmentsPath;
            var path = string.IsNullOrWhiteSpace(configured) ? StorageOptions.DevelopmentAttachmentsPath : configured;
            return Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        }
    }

    /// <summary>Encrypts <paramref name="plaintext"/> into a new file; the caller records the name and wrapped key, or deletes the file.</summary>
    public async Task<StoredFile> SaveAsync(Stream plaintext, CancellationToken ct)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(name))!);
        var key = RandomNumberGenerator.GetBytes(ChunkedAesGcm.KeySize);
        var partial = PathOf(name) + ".part";
        try
        {
            long length;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                length = await ChunkedAesGcm.EncryptAsync(plaintext, file, key, name, ct);
                await file.FlushAsync(ct);
            }

            File.Move(partial, PathOf(name));
            return new StoredFile(name, Convert.ToBase64String(protector.Protect(key)), length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            File.Delete(partial);
        }
    }

    /// <summary>Writes the decrypted file to <paramref name="destination"/>; false when the file is not in the folder.</summary>
    public async Task<bool> CopyToAsync(string storedName, string wrappedKey, Stream destination, CancellationToken ct)
    {
        var path = PathOf(storedName);
        if (!File.Exists(path))
        {
            return false;
        }

        var key = protector.Unprotect(Convert.FromBase64String(wrappedKey));
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await ChunkedAesGcm.DecryptAsync(file, destination, key, storedName, ct);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public bool Exists(string storedName) => File.Exists(PathOf(storedName));

    /// <summary>Only for a file whose row was never saved: a saved attachment's file is kept when the attachment is removed (removal is soft).</summary>
    public void DeleteUnrecorded(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>
    /// Only for the retention run, once the document's key is gone with its case's identifying data: the one time a
    /// recorded document's file is deleted. False when there was no file.
    /// </summary>
    public bool Remove(string storedName)
    {
        var path = PathOf(storedName);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Files are spread over 256 sub-folders by the first two digits of their name.</summary>
    public string PathOf(string storedName) =>
        storedName.Length == 32 && storedName.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, storedName[..2], storedName)
            : throw new ArgumentException("Not a stored name.", nameof(storedName));
}

/// <summary>A file just written: its random name, its key as the key ring protected it, and its plaintext length.</summary>
public sealed record StoredFile(string Name, string WrappedKey, long Length);
