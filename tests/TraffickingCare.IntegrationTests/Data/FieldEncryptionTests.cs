using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.IntegrationTests.Data;

public sealed class FieldEncryptionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Identifying_fields_are_ciphertext_in_the_raw_columns_and_plaintext_through_the_app()
    {
        var person = PersonIdentity.Record(new PersonIdentityDetails(
            "Vesna", "Šifrović", "Vesa", new DateOnly(2007, 5, 14), "1405007715012", "+381 60 000 0000", "Ulica Probna 1", "Pasoš P0000001, oduzet"));
        await app.Factory.WithDbAsync(db =>
        {
            db.PersonIdentities.Add(person);
            return db.SaveChangesAsync();
        });

        var raw = await RawRowAsync(person.Id);
        foreach (var plaintext in new[] { "Vesna", "Šifrović", "Vesa", "2007-05-14", "1405007715012", "+381 60 000 0000", "Ulica Probna 1", "P0000001" })
        {
            Assert.DoesNotContain(raw.Values, v => v?.Contains(plaintext, StringComparison.OrdinalIgnoreCase) == true);
        }

        // Data Protection payloads start with its magic header (base64url "CfDJ8").
        Assert.All(raw.Values, v => Assert.StartsWith("CfDJ8", v));

        var loaded = await app.Factory.WithDbAsync(db => db.PersonIdentities.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal("Vesna", loaded.FirstName);
        Assert.Equal("Šifrović", loaded.LastName);
        Assert.Equal(new DateOnly(2007, 5, 14), loaded.DateOfBirth);
        Assert.Equal("1405007715012", loaded.PersonalIdNumber);
        Assert.Equal("Pasoš P0000001, oduzet", loaded.Documents);
    }

    [Fact]
    public async Task The_same_name_encrypts_differently_each_time()
    {
        var first = PersonIdentity.Record(new PersonIdentityDetails("Ista", "Osoba"));
        var second = PersonIdentity.Record(new PersonIdentityDetails("Ista", "Osoba"));
        await app.Factory.WithDbAsync(db =>
        {
            db.PersonIdentities.AddRange(first, second);
            return db.SaveChangesAsync();
        });

        // Equal ciphertexts would let anyone with the database see which records name the same person.
        Assert.NotEqual((await RawRowAsync(first.Id))["FirstName"], (await RawRowAsync(second.Id))["FirstName"]);
    }

    [Fact]
    public void Fields_are_encrypted_with_AES_256_GCM()
    {
        var keys = app.Factory.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Equal(
            "AES_256_GCM",
            key.Descriptor.ExportToXml().SerializedDescriptorElement.Element("encryption")?.Attribute("algorithm")?.Value));

        // Magic header 4 bytes, key id 16, key modifier 16, nonce 12, the text's bytes, tag 16. AES-CBC with HMAC would
        // add a 16-byte IV, padding and a 32-byte MAC instead of the nonce and tag.
        var payload = WebEncoders.Base64UrlDecode(app.Factory.Services.GetRequiredService<FieldProtector>().Protect("Vesna"));
        Assert.Equal(4 + 16 + 16 + 12 + "Vesna".Length + 16, payload.Length);
    }

    private async Task<Dictionary<string, string?>> RawRowAsync(Guid id)
    {
        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT FirstName, LastName, Alias, DateOfBirth, PersonalIdNumber, Phone, Address, Documents FROM PersonIdentities WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "row not found");
        var row = new Dictionary<string, string?>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetString(i);
        }

        return row.Where(kv => kv.Value is not null).ToDictionary();
    }
}
