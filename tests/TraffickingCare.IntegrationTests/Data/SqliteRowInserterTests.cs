using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The import's native SQLite path stores every value exactly as a Microsoft.Data.Sqlite parameter would: the same
/// storage class and the same bytes (an identifier in lower case, or a date in another format, would read back as the
/// same .NET value through EF and still never match a query's parameter). Every type a column of the model holds after
/// its value converter is covered, so a new one fails here, not in a manager's import.
/// </summary>
public sealed class SqliteRowInserterTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly object[] Samples =
    [
        "Čađava Žiška, \"navodnici\" i 'apostrof' 🙂", string.Empty, true, false, (byte)7, 42, -42L, long.MaxValue,
        Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
        new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234567), new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new DateTimeOffset(2025, 6, 1, 8, 30, 0, TimeSpan.FromHours(2)), new DateOnly(2004, 2, 29),
        12.5m, 0m, 1234567.891m, 2.75d,
    ];

    [Fact]
    public async Task Every_value_is_stored_as_a_parameter_would_store_it()
    {
        var mappings = await app.Factory.WithDbAsync(db => Task.FromResult(
            Samples.Select(s => db.GetService<IRelationalTypeMappingSource>().FindMapping(s.GetType())!).ToList()));
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Bound (Sample INTEGER, Value); CREATE TABLE Inserted (Sample INTEGER, Value);";
        await command.ExecuteNonQueryAsync();

        // One row a sample through a parameter EF's type mapping makes, as SaveChanges writes it; then the same
        // samples through the native path, with the values the import would give it.
        command.CommandText = "INSERT INTO Bound (Sample, Value) VALUES (@sample, @value)";
        for (var i = 0; i < Samples.Length; i++)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("@sample", i);
            command.Parameters.Add(mappings[i].CreateParameter(command, "@value", Samples[i]));
            await command.ExecuteNonQueryAsync();
        }

        var values = Samples.Select((s, i) => SqliteRowInserter.Values(command, [mappings[i]], [true], [[s]])[0]).Select((v, i) => new[] { (long)i, v[0] }).ToList();
        SqliteRowInserter.Insert(connection, "INSERT INTO Inserted (Sample, Value) VALUES (@p0, @p1)", values);

        command.Parameters.Clear();
        command.CommandText = "SELECT b.Sample, typeof(b.Value), quote(b.Value), typeof(i.Value), quote(i.Value) FROM Bound b LEFT JOIN Inserted i ON i.Sample = b.Sample ORDER BY b.Sample";
        await using var reader = await command.ExecuteReaderAsync();
        var compared = 0;
        while (await reader.ReadAsync())
        {
            Assert.Equal((Samples[reader.GetInt32(0)], reader.GetString(1), reader.GetString(2)), (Samples[reader.GetInt32(0)], reader.GetString(3), reader.GetString(4)));
            compared++;
        }

        Assert.Equal(Samples.Length, compared);
    }

    [Fact]
    public async Task The_samples_cover_every_type_a_column_of_the_model_stores()
    {
        var stored = await app.Factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Concat(t.GetComplexProperties().SelectMany(Properties)))
            .Select(p => p.GetRelationalTypeMapping())
            .Select(m => Nullable.GetUnderlyingType(m.Converter?.ProviderClrType ?? m.ClrType) ?? m.Converter?.ProviderClrType ?? m.ClrType)
            .ToHashSet()));

        Assert.Empty(stored.Where(t => !Samples.Any(s => s.GetType() == t)).Select(t => t.Name));
    }

    [Fact]
    public async Task A_column_s_values_go_through_its_converter_and_a_leading_null_stays_null()
    {
        // The model's own mappings: an enum stored as its name, and an encrypted note (a new ciphertext each time, so
        // compared by what it decrypts to). Several rows, the first of each column null.
        var (place, note) = await app.Factory.WithDbAsync(db => Task.FromResult((
            db.Model.FindEntityType(typeof(Domain.Support.FieldVisit))!.FindProperty(nameof(Domain.Support.FieldVisit.Place))!.GetRelationalTypeMapping(),
            db.Model.FindEntityType(typeof(Domain.Support.CaseService))!.FindProperty(nameof(Domain.Support.CaseService.Note))!.GetRelationalTypeMapping())));
        var protector = app.Factory.Services.GetRequiredService<Web.Data.Encryption.FieldProtector>();
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await using var command = connection.CreateCommand();

        var values = SqliteRowInserter.Values(command, [place, note], [false, true], [[null, null], [Domain.Support.VisitPlace.Home, "Razgovor."], [Domain.Support.VisitPlace.Other, "Drugi."]]);

        var parameter = (SqliteParameter)place.CreateParameter(command, "p", Domain.Support.VisitPlace.Home);
        Assert.Equal([null, null], values[0]);
        Assert.Equal(SqliteRowInserter.Stored(parameter.Value, parameter.SqliteType), values[1][0]);
        Assert.Equal("Other"u8.ToArray(), values[2][0]);
        Assert.Equal(["Razgovor.", "Drugi."], values[1..].Select(v => protector.Unprotect(System.Text.Encoding.UTF8.GetString((byte[])v[1]!))));
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_is_refused()
    {
        var refused = Assert.Throws<NotSupportedException>(() => SqliteRowInserter.Stored(TimeSpan.FromHours(1), SqliteType.Text));
        Assert.Contains(nameof(TimeSpan), refused.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IProperty> Properties(IComplexProperty complex) =>
        complex.ComplexType.GetProperties().Concat(complex.ComplexType.GetComplexProperties().SelectMany(Properties));
}
