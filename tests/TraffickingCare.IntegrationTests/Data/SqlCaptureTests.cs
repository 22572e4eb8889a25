using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Diagnostics;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The benchmark's SQL capture (Development only): a request marked by its correlation id has every command written
/// with its parameters as SQLite stores them, so the commands can be replayed alone on the same database; an unmarked
/// request writes nothing.
/// </summary>
public sealed class SqlCaptureTests
{
    [Fact]
    public async Task A_marked_request_s_commands_are_written_with_parameters_that_find_the_same_rows_again()
    {
        await using var factory = new AppFactory();
        var file = Path.Combine(factory.Folder, "sql.jsonl");
        factory.Settings[SqlCaptureOptions.FileKey] = file;
        var arrange = new Arrange(factory);
        var file1 = await arrange.Case().LedBy("radnik");
        using var client = await arrange.SignedInAsync("radnik");

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{file1.Id}")).StatusCode);
        using var marked = new HttpRequestMessage(HttpMethod.Get, $"/Cases/Details/{file1.Id}");
        marked.Headers.Add("X-Correlation-Id", SqlCaptureOptions.RequestPrefix + "1");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(marked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/Cases/Details/{file1.Id}")).StatusCode);

        var lines = (await File.ReadAllLinesAsync(file)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains("journal_mode", lines[0].GetProperty("pragmas").GetString(), StringComparison.Ordinal);
        var commands = lines.Skip(1).ToList();
        Assert.All(commands, c => Assert.Equal(SqlCaptureOptions.RequestPrefix + "1", c.GetProperty("Request").GetString()));
        Assert.Contains(commands, c => c.GetProperty("Sql").GetString()!.StartsWith("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal));

        // The case's own query, replayed with the captured values (an id as SQLite stores it: upper-case text), finds the case.
        var caseQuery = commands.First(c => c.GetProperty("Sql").GetString()!.Contains("FROM \"Cases\"", StringComparison.Ordinal)
            && c.GetProperty("Parameters").EnumerateArray().Any(p => p.GetProperty("Value").ValueKind == JsonValueKind.String
                && p.GetProperty("Value").GetString() == file1.Id.ToString().ToUpperInvariant()));
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = caseQuery.GetProperty("Sql").GetString();
        foreach (var parameter in caseQuery.GetProperty("Parameters").EnumerateArray())
        {
            var value = parameter.GetProperty("Value");
            command.Parameters.AddWithValue(parameter.GetProperty("Name").GetString(), value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetInt64(),
                JsonValueKind.Null => DBNull.Value,
                _ => throw new InvalidOperationException(value.ToString()),
            });
        }

        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
    }
}
