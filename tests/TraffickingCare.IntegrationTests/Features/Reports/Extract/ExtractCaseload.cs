using System.Net;
using TraffickingCare.IntegrationTests.Features.Reports.Import;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.IntegrationTests.Features.Reports.Extract;

/// <summary>
/// Two apps (k = 3 from configuration, and the default k = 11), each with the same small imported caseload of 2023:
/// four domestic women alike, two Bosnian and one Albanian woman otherwise alike, and one man. Invented names only.
/// </summary>
public sealed class ExtractCaseload : IAsyncLifetime
{
    public const int Year = 2023;
    public const string Organisation = "Udruzenje Izmisljeni Primer";
    public const string Birthdate = "2000-01-01";

    public AppFactory Small { get; } = new() { Settings = { ["Reports:ExtractK"] = "3" } };

    public AppFactory Default { get; } = new();

    public static IReadOnlyList<string> Names => [.. Enumerable.Range(1, 8).SelectMany(i => new[] { $"Izmislica{i}", $"Nepostojic{i}" })];

    public static IReadOnlyList<string> ExternalIds => [.. Enumerable.Range(1, 8).Select(i => $"EXT-CASE-{i:000}")];

    public async Task InitializeAsync()
    {
        await ImportAsync(Small);
        await ImportAsync(Default);
    }

    public async Task DisposeAsync()
    {
        await Small.DisposeAsync();
        await Default.DisposeAsync();
    }

    private static Dictionary<string, string>[] Rows()
    {
        var people = new[] { "RS", "RS", "RS", "RS", "BA", "BA", "AL", "RS" };
        return [.. people.Select((citizenship, i) =>
        {
            var row = ImportUpload.Row(ExternalIds[i]);
            row[ImportColumns.FirstName] = Names[2 * i];
            row[ImportColumns.SecondName] = Names[(2 * i) + 1];
            row[ImportColumns.Birthdate] = Birthdate;
            row[ImportColumns.Gender] = i == 7 ? "Masculine" : "Feminine";
            row[ImportColumns.Citizenship] = citizenship;
            row[ImportColumns.ExploitationDate] = "2019-06-01";
            row[ImportColumns.ReferringOrganisation] = Organisation;
            row[ImportColumns.ReferralDate] = $"{Year}-03-0{i + 1}";
            row[ImportColumns.DecisionDate] = $"{Year}-05-10";
            row[ImportColumns.SupportType] = "Legal; Health; Psychological";
            return row;
        })];
    }

    private static async Task ImportAsync(AppFactory factory)
    {
        using var manager = await factory.Arrange.SignedInAsync("rukovodstvo");
        var uploaded = await ImportUpload.PostAsync(manager, "history.csv", ImportUpload.File(Rows()));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var importId = Guid.Parse(uploaded.Headers.Location!.OriginalString.Split('/')[^1]);
        var committed = await manager.SubmitAsync(await manager.GetPageAsync($"/Reports/Import/{importId}"), "form#import-commit");
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        await factory.Services.GetRequiredService<ImportJobs>().WaitAsync(importId).WaitAsync(TimeSpan.FromSeconds(60));
    }
}
