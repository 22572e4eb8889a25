using System.Security.Cryptography;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.UnitTests.Storage;

public sealed class ChunkedAesGcmTests
{
    private static readonly byte[] Key = Enumerable.Range(0, ChunkedAesGcm.KeySize).Select(i => (byte)i).ToArray();
    private const string Context = "0123456789abcdef0123456789abcdef";

    private static async Task<byte[]> EncryptAsync(byte[] plain, string context = Context)
    {
        using var output = new MemoryStream();
        var length = await ChunkedAesGcm.EncryptAsync(new MemoryStream(plain), output, Key, context, CancellationToken.None);
        Assert.Equal(plain.Length, length);
        return output.ToArray();
    }

    private static async Task<byte[]> DecryptAsync(byte[] encrypted, string context = Context, byte[]? key = null)
    {
        using var output = new MemoryStream();
        await ChunkedAesGcm.DecryptAsync(new MemoryStream(encrypted), output, key ?? Key, context, CancellationToken.None);
        return output.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ChunkedAesGcm.ChunkSize - 1)]
    [InlineData(ChunkedAesGcm.ChunkSize)]
    [InlineData((2 * ChunkedAesGcm.ChunkSize) + 17)]
    public async Task A_file_comes_back_as_it_went_in(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var encrypted = await EncryptAsync(plain);

        Assert.Equal(plain, await DecryptAsync(encrypted));
    }

    [Fact]
    public async Task The_stored_bytes_do_not_contain_the_plaintext()
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Jelena Petrović, pasoš 012345678. ", 100)));

        var encrypted = await EncryptAsync(plain);

        Assert.Equal(-1, encrypted.AsSpan().IndexOf(plain.AsSpan(0, 16)));
    }

    [Fact]
    public async Task A_changed_byte_a_cut_off_end_another_key_or_another_files_name_is_refused()
    {
        var plain = RandomNumberGenerator.GetBytes((2 * ChunkedAesGcm.ChunkSize) + 5);
        var encrypted = await EncryptAsync(plain);

        var flipped = (byte[])encrypted.Clone();
        flipped[100] ^= 1;
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(flipped));

        // Cut exactly after a full chunk: the remaining last chunk is not marked as the last one.
        var cut = encrypted[..(4 + ChunkedAesGcm.ChunkSize + 16)];
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(cut));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted, key: RandomNumberGenerator.GetBytes(ChunkedAesGcm.KeySize)));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted, context: "ffffffffffffffffffffffffffffffff"));
    }
}
