using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Features.Reports.Import;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The services' tallies (one row per case, type and year) are kept on every save: after each way a service is written
/// they equal a recount from the services by the report's rule, computed here in memory, and the report's services
/// cells follow. Each test uses cases of its own and compares the report's cells with what they were before it.
/// </summary>
public sealed class ServiceTallyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Cells = "/Reports/Annual/2025/cells.csv?internal=true";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Logging_correcting_across_the_new_year_amending_and_deleting_keep_the_tallies_and_the_report_right()
    {
        var management = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var before = await AnnualFiguresTests.CellsAsync(management, Cells);
        var file = await Factory.Arrange.Case();
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");

        var logged = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "form#log-service-page", Typed("Legal", "31.12.2024."));
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        await ExpectAsync(file.Id, (("Legal", 2024), 1));
        await ExpectCellsAsync(management, before, legal2024: 1, legal2025: 0, psychological2025: 0);

        var id = (await Factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.CaseId == file.Id))).Id;
        var url = $"/Cases/{file.Id}/Services/{id}";
        var corrected = await radnik.SubmitAsync(await radnik.GetPageAsync(url), $"form#correct-service-{id}", new Dictionary<string, string> { ["ServiceForm.On"] = "01.01.2025." });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        await ExpectAsync(file.Id, (("Legal", 2025), 1));
        await ExpectCellsAsync(management, before, legal2024: 0, legal2025: 1, psychological2025: 0);

        // Past the author's 24 hours only an amendment remains: it counts, the service it amends no longer does.
        Factory.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDay = await Factory.Arrange.SignedInAsync("radnik");
        management.Dispose();
        management = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var amended = await nextDay.SubmitAsync(await nextDay.GetPageAsync(url), "form#log-service-page", Typed("Psychological", "02.01.2025."));
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        await ExpectAsync(file.Id, (("Psychological", 2025), 1));
        await ExpectCellsAsync(management, before, legal2024: 0, legal2025: 0, psychological2025: 1);

        // A deleted amendment amends nothing: the service counts again.
        await Factory.WithDbAsync(async db =>
        {
            db.CaseServices.Remove(await db.CaseServices.SingleAsync(s => s.AmendsServiceId == id));
            await db.SaveChangesAsync();
        });
        await ExpectAsync(file.Id, (("Legal", 2025), 1));
        await ExpectCellsAsync(management, before, legal2024: 0, legal2025: 1, psychological2025: 0);
        management.Dispose();
    }

    [Fact]
    public async Task An_import_that_adds_services_and_on_re_import_drops_some_keeps_the_tallies_right()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        await ImportAsync(manager, "tally-1.csv", ImportUpload.Row("TAL-1"));
        var caseId = await Factory.WithDbAsync(db => db.ImportedCases.Where(o => o.ExternalCaseId == "TAL-1").Select(o => o.CaseId).SingleAsync());
        var first = await ExpectRecountAsync(caseId);
        Assert.Equal(["Health", "Legal"], first.Keys.Select(k => k.Type).Order());

        var corrected = ImportUpload.Row("TAL-1");
        corrected[ImportColumns.SupportType] = "Legal";
        await ImportAsync(manager, "tally-2.csv", corrected);

        var second = await ExpectRecountAsync(caseId);
        Assert.Equal(["Legal"], second.Keys.Select(k => k.Type));
    }

    [Fact]
    public async Task The_migrations_fill_counts_the_saved_services_as_the_save_does()
    {
        var file = await Factory.Arrange.Case();
        var radnik = await Factory.Arrange.UserIdAsync("radnik");
        var (now, today) = (Factory.Arrange.Now, DateOnly.FromDateTime(Factory.Arrange.Now));
        CaseService Log(string type, DateOnly on, Guid? amends = null) =>
            CaseService.Log(file.Id, new ServiceDetails(type, on, 30, StaffOrPartner.Staff(radnik), null), radnik, now, today, amends);
        await Factory.WithDbAsync(async db =>
        {
            var amendedOne = Log("Legal", new DateOnly(2023, 12, 31));
            var deletedAmendment = Log("Health", new DateOnly(2024, 1, 2), amendedOne.Id);
            var reinstated = Log("Legal", new DateOnly(2024, 3, 3));
            db.CaseServices.AddRange(amendedOne, deletedAmendment, reinstated, Log("Legal", new DateOnly(2024, 1, 1)), Log("Legal", new DateOnly(2024, 2, 2)));
            var amendment = Log("Psychological", new DateOnly(2024, 1, 1), reinstated.Id);
            db.CaseServices.Add(amendment);
            await db.SaveChangesAsync();
            db.CaseServices.RemoveRange(deletedAmendment, amendment);
            await db.SaveChangesAsync();
        });
        await ExpectAsync(file.Id, (("Legal", 2023), 1), (("Legal", 2024), 3));
        var kept = await AllTalliesAsync();

        var filled = await Factory.WithDbAsync(async db =>
        {
            await db.ServiceTallies.ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(TraffickingCare.Web.Data.Migrations.Sqlite.ServiceTallies.FillSql);
        });

        Assert.Equal(kept.Count, filled);
        Assert.Equal(kept, await AllTalliesAsync());
    }

    private static Dictionary<string, string> Typed(string type, string on) => new()
    {
        ["ServiceForm.TypeCode"] = type,
        ["ServiceForm.On"] = on,
        ["ServiceForm.DurationMinutes"] = "45",
    };

    private async Task ImportAsync(TestClient manager, string name, Dictionary<string, string> row)
    {
        var response = await ImportUpload.PostAsync(manager, name, ImportUpload.File(row));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var importId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var committed = await manager.SubmitAsync(await manager.GetPageAsync($"/Reports/Import/{importId}"), "form#import-commit");
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        await Factory.Services.GetRequiredService<ImportJobs>().WaitAsync(importId).WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task ExpectAsync(Guid caseId, params ((string Type, int Year) Key, int Services)[] expected)
    {
        var recount = await ExpectRecountAsync(caseId);
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), recount.Select(r => (r.Key, r.Value)).OrderBy(r => r.Key).ToList());
    }

    /// <summary>The case's tallies, checked against a recount of its services by the rule of docs/statistics.md.</summary>
    private async Task<Dictionary<(string Type, int Year), int>> ExpectRecountAsync(Guid caseId)
    {
        var (services, tallies) = await Factory.WithDbAsync(async db => (
            await db.CaseServices.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(),
            await db.ServiceTallies.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync()));
        var amended = services.Where(s => s.AmendsServiceId != null).Select(s => s.AmendsServiceId!.Value).ToHashSet();
        var recount = services.Where(s => !amended.Contains(s.Id)).GroupBy(s => (s.TypeCode, s.On.Year)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(recount.OrderBy(r => r.Key).ToList(), tallies.ToDictionary(t => (t.TypeCode, t.Year), t => t.Services).OrderBy(t => t.Key).ToList());
        return recount;
    }

    private async Task ExpectCellsAsync(TestClient management, Dictionary<string, string> before, int legal2024, int legal2025, int psychological2025)
    {
        var cells = await AnnualFiguresTests.CellsAsync(management, Cells);
        int Added(string key) => int.Parse(cells[key]) - int.Parse(before[key]);

        Assert.Equal(
            (legal2024, legal2024, legal2025, legal2025, psychological2025, psychological2025),
            (Added("support_by_type,Legal,2024"), Added("persons_served_by_type,Legal,2024"), Added("support_by_type,Legal,2025"),
                Added("persons_served_by_type,Legal,2025"), Added("support_by_type,Psychological,2025"), Added("persons_served_by_type,Psychological,2025")));
    }

    private Task<List<(Guid, string, int, int)>> AllTalliesAsync() => Factory.WithDbAsync(async db =>
        (await db.ServiceTallies.AsNoTracking().ToListAsync())
            .Select(t => (t.CaseId, t.TypeCode, t.Year, t.Services)).Order().ToList());
}
