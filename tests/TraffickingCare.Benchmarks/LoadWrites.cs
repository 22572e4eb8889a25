using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// The writes of a mixed load run (issue 16, item 4: 90 % reads, 10 % writes): a case note and a service on each case
/// of the run, posted as the signed-in user with their session's antiforgery token, as the case page's forms post
/// them; and the rows those forms add, counted in the database before and after the run, so that the run can tell
/// whether every save the app confirmed is there.
/// </summary>
internal static class LoadWrites
{
    public static async Task<List<LoadWrite>> PrepareAsync(HttpClient client, string database, string userName, IReadOnlyList<string> cases)
    {
        // The form token of this session; the antiforgery cookie it pairs with comes with the same answer.
        var token = Browser.Token(await client.GetStringAsync($"/Cases/Details/{cases[0]}"));
        var type = await ScalarAsync(database, "SELECT Code FROM CodeListItems WHERE List = 'ServiceType' AND IsActive = 1 ORDER BY SortOrder, Code LIMIT 1");
        var user = await ScalarAsync(database, "SELECT Id FROM AspNetUsers WHERE UserName = $name", ("$name", userName));
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("dd.MM.yyyy.", CultureInfo.InvariantCulture);
        var note = await FormAsync([("NoteForm.Text", "Beleška probe opterećenja."), ("__RequestVerificationToken", token)]);
        var service = await FormAsync(
        [
            ("ServiceForm.TypeCode", type),
            ("ServiceForm.On", yesterday),
            ("ServiceForm.DurationMinutes", "30"),
            ("ServiceForm.GivenBy", "u:" + user),
            ("__RequestVerificationToken", token),
        ]);
        return [.. cases.SelectMany(id => new[] { new LoadWrite($"/Cases/AddNote/{id}", note), new LoadWrite($"/Cases/{id}/Services", service) })];
    }

    /// <summary>The rows the writes add: case notes and services, of every case.</summary>
    public static async Task<long> RowsAsync(string database) =>
        long.Parse(await ScalarAsync(database, "SELECT (SELECT count(*) FROM CaseNotes) + (SELECT count(*) FROM CaseServices)"), CultureInfo.InvariantCulture);

    private static async Task<string> FormAsync(IEnumerable<(string Name, string Value)> fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return await form.ReadAsStringAsync();
    }

    /// <summary>One value read from the database on a read-only connection of its own (the app holds its own connections).</summary>
    public static async Task<string> ScalarAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"Nothing found: {sql}");
    }
}
