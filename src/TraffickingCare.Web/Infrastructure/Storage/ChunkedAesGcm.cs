using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TraffickingCare.Web.Infrastructure.Storage;

/// <summary>
/// Encrypts a file with AES-256-GCM in chunks of 64 KiB, so that neither upload nor download holds the whole
/// file in memory and no byte is released before its chunk is authenticated. Every file has its own random
/// key, so the nonce is simply the chunk's number. The chunk's number, whether it is the last one, and the
/// file's stored name are authenticated with it: chunks cannot be reordered, dropped, cut off at the end, or
/// swapped between files.
/// Layout: "TCA1", then chunks of (ciphertext, 16-byte tag); every chunk but the last is full, the last is
/// shorter (possibly empty).
/// </summary>
public static class ChunkedAesGcm
{
    public const int ChunkSize = 64 * 1024;
    public const int KeySize = 32;
    private const int TagSize = 16;
    private const int NonceSize = 12;
    private static readonly byte[] Header = "TCA1"u8.ToArray();

    public static async Task<long> EncryptAsync(Stream plaintext, Stream destination, byte[] key, string context, CancellationToken ct)
    {
        using var aes = new AesGcm(key, TagSize);
        await destination.WriteAsync(Header, ct);
        var input = new byte[ChunkSize];
        var output = new byte[ChunkSize + TagSize];
        long index = 0;
        long total = 0;
        while (true)
        {
            var read = await plaintext.ReadAtLeastAsync(input, ChunkSize, throwOnEndOfStream: false, ct);
            var last = read < ChunkSize;
            Seal(aes, index, last, context, input.AsSpan(0, read), output.AsSpan(0, read + TagSize));
            await destination.WriteAsync(output.AsMemory(0, read + TagSize), ct);
            total += read;
            index++;
            if (last)
            {
                return total;
            }
        }
    }

    /// <summary>Writes the plaintext to <paramref name="destination"/>, chunk by authenticated chunk; throws <see cref="CryptographicException"/> on any tampering.</summary>
    public static async Task DecryptAsync(Stream encrypted, Stream destination, byte[] key, string context, CancellationToken ct)
    {
        using var aes = new AesGcm(key, TagSize);
        var header = new byte[Header.Length];
        if (await encrypted.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct) != header.Length || !header.AsSpan().SequenceEqual(Header))
        {
            throw new CryptographicException("Not an attachment file.");
        }

        var input = new byte[ChunkSize + TagSize];
        var output = new byte[ChunkSize];
        long index = 0;
        while (true)
        {
            var read = await encrypted.ReadAtLeastAsync(input, input.Length, throwOnEndOfStream: false, ct);
            if (read < TagSize)
            {
                throw new CryptographicException("The file is cut short.");
            }

            var last = read < input.Length;
            var length = read - TagSize;
            Open(aes, index, last, context, input.AsSpan(0, read), output.AsSpan(0, length));
            await destination.WriteAsync(output.AsMemory(0, length), ct);
            index++;
            if (last)
            {
                return;
            }
        }
    }

    private static void Seal(AesGcm aes, long index, bool last, string context, ReadOnlySpan<byte> plain, Span<byte> sealedChunk)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        BinaryPrimitives.WriteInt64BigEndian(nonce[4..], index);
        aes.Encrypt(nonce, plain, sealedChunk[..plain.Length], sealedChunk[plain.Length..], Associated(index, last, context));
    }

    private static void Open(AesGcm aes, long index, bool last, string context, ReadOnlySpan<byte> sealedChunk, Span<byte> plain)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        BinaryPrimitives.WriteInt64BigEndian(nonce[4..], index);
        var length = sealedChunk.Length - TagSize;
        aes.Decrypt(nonce, sealedChunk[..length], sealedChunk[length..], plain, Associated(index, last, context));
    }

    private static byte[] Associated(long index, bool last, string context)
    {
        var text = System.Text.Encoding.UTF8.GetBytes(context);
        var data = new byte[9 + text.Length];
        BinaryPrimitives.WriteInt64BigEndian(data, index);
        data[8] = last ? (byte)1 : (byte)0;
        text.CopyTo(data, 9);
        return data;
    }
}
