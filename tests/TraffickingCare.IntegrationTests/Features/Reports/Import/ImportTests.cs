using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Features.Reports.Annual;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.IntegrationTests.Features.Reports.Import;

/// <summary>
/// Upload, validation report, commit and re-import through the real pages, on a database without demo referrals.
/// Each test uses case numbers of its own, so they share one app.
/// </summary>
public sealed class ImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_valid_file_is_committed_and_its_case_is_an_ordinary_case()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var content = ImportUpload.File(ImportUpload.Row("IST-1"), ImportUpload.Row("IST-2", decision: "", status: "PossibleVictimOfTrafficking"));

        var importId = await ValidateAsync(manager, "istorija.csv", content);
        var summary = await manager.GetPageAsync($"/Reports/Import/{importId}");
        Assert.Equal(Ui.Text("Import.Valid", 2, 2, 0), summary.QuerySelector("#import-valid")!.TextContent.Trim());
        await CommitAsync(manager, importId);

        var result = await manager.GetPageAsync($"/Reports/Import/{importId}");
        Assert.Equal(Ui.Text("Import.Result", 2, 0, 0), result.QuerySelector("#import-result")!.TextContent.Trim());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), result.QuerySelector("#import-sha256")!.TextContent);

        var file = await CaseOfAsync("IST-1");
        Assert.Equal(CaseStatus.IdentifiedVictim, file.Status);
        Assert.Equal(["BA"], file.CodesOf(CaseCodeFields.FurtherCitizenship));
        Assert.Equal(("Feminine", "RS", 21), (file.Profile.SexCode, file.Profile.CitizenshipCode, file.Profile.AgeAtExploitation));
        Assert.Equal(CaseStatus.PresumedVictim, (await CaseOfAsync("IST-2")).Status);
        var audit = await Factory.WithDbAsync(db => db.CaseImports.SingleAsync(i => i.Id == importId));
        Assert.Equal((2, 2, CaseImportStatus.Committed, "istorija.csv"), (audit.Rows, audit.Created, audit.Status, audit.FileName));
        Assert.Null(audit.StoredName);
        var trail = await TrailAsync(importId);
        // Both cases are created in the same millisecond, so their version-7 ids may sort either way.
        Assert.Equal(new[] { file.Id, (await CaseOfAsync("IST-2")).Id }.Order(), trail.Select(a => a.EntityId).Order());
        foreach (var entry in trail)
        {
            Assert.Equal((AuditAction.Created, nameof(CaseFile), await ImportedAtAsync(importId, entry.EntityId)), (entry.Action, entry.EntityType, entry.Changes));
        }

        using var coordinator = await Factory.Arrange.SignedInAsync("koordinator");
        Assert.Contains(file.Code, (await coordinator.GetPageAsync("/Cases")).Body!.TextContent);
        var casePage = (await coordinator.GetPageAsync($"/Cases/Details/{file.Id}")).Body!.TextContent;
        Assert.Contains(file.Code, casePage);
        Assert.Contains("15.04.2021.", casePage);
        Assert.Contains(file.Code, (await coordinator.GetPageAsync("/Decisions")).Body!.TextContent);
    }

    [Fact]
    public async Task A_re_import_updates_the_case_instead_of_duplicating_it()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        await CommitAsync(manager, await ValidateAsync(manager, "prvi.csv", ImportUpload.File(ImportUpload.Row("REI-1"), ImportUpload.Row("REI-2"))));
        var before = await CaseOfAsync("REI-1");

        var corrected = ImportUpload.Row("REI-1", decision: "NotIdentified", status: "NotAVictimOfTrafficking");
        corrected[ImportColumns.SupportType] = "Legal";
        var importId = await ValidateAsync(manager, "ispravka.csv", ImportUpload.File(corrected, ImportUpload.Row("REI-2")));
        Assert.Equal(Ui.Text("Import.Valid", 2, 0, 2), (await manager.GetPageAsync($"/Reports/Import/{importId}")).QuerySelector("#import-valid")!.TextContent.Trim());
        await CommitAsync(manager, importId);

        Assert.Equal(Ui.Text("Import.Result", 0, 1, 1), (await manager.GetPageAsync($"/Reports/Import/{importId}")).QuerySelector("#import-result")!.TextContent.Trim());
        var after = await CaseOfAsync("REI-1");
        Assert.Equal((before.Id, before.Code, CaseStatus.NotIdentified), (after.Id, after.Code, after.Status));
        var findings = await Factory.WithDbAsync(db => db.Findings.Where(f => f.CaseId == after.Id).OrderBy(f => f.Revision).ToListAsync());
        Assert.Equal(2, findings.Count);
        Assert.Equal(findings[0].Id, findings[1].SupersedesId);
        var services = await Factory.WithDbAsync(db => db.CaseServices.Where(s => s.CaseId == after.Id).Select(s => s.TypeCode).ToListAsync());
        Assert.Equal(["Legal"], services);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.ImportedCases.CountAsync(o => o.ExternalCaseId == "REI-1")));
        var trail = Assert.Single(await TrailAsync(importId));
        Assert.Equal((AuditAction.Updated, nameof(CaseFile), after.Id, await ImportedAtAsync(importId, after.Id)), (trail.Action, trail.EntityType, trail.EntityId, trail.Changes));

        // The import's own record of the row is corrected too: the same file again changes nothing.
        var again = await ValidateAsync(manager, "ispravka-opet.csv", ImportUpload.File(corrected, ImportUpload.Row("REI-2")));
        await CommitAsync(manager, again);
        Assert.Equal(Ui.Text("Import.Result", 0, 0, 2), (await manager.GetPageAsync($"/Reports/Import/{again}")).QuerySelector("#import-result")!.TextContent.Trim());
        Assert.Empty(await TrailAsync(again));
    }

    [Fact]
    public async Task A_re_import_removes_the_services_its_imports_made_and_no_other()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var first = ImportUpload.Row("SRV-1");
        first[ImportColumns.SupportType] = $"Legal; Health; {SupportTypes.FieldVisit}";
        var importId = await ValidateAsync(manager, "usluge.csv", ImportUpload.File(first));
        await CommitAsync(manager, importId);

        // The import's services and visit name it and carry no text: nothing of them is encrypted or shown as a note.
        var file = await CaseOfAsync("SRV-1");
        var imported = await Factory.WithDbAsync(db => db.CaseServices.Where(s => s.CaseId == file.Id).Select(s => new { s.TypeCode, s.ImportId, s.Note }).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.All(imported, s => Assert.Equal((importId, (string?)null), (s.ImportId, s.Note)));
        var visit = await Factory.WithDbAsync(db => db.FieldVisits.SingleAsync(v => v.CaseId == file.Id));
        Assert.Equal((importId, (string?)null, (string?)null), (visit.ImportId, visit.Outcome, visit.NextStep));

        // Beside them: a health service and a visit a caseworker logged, and a service and a visit an import before
        // 4 December 2026 made (their text the marker).
        var health = SupportTypes.ServiceTypeOf["Health"];
        var (kept, keptVisit) = await Factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var giver = StaffOrPartner.Staff(file.LeadCaseworkerId);
            var logged = CaseService.Log(file.Id, new ServiceDetails(health, new DateOnly(2021, 5, 3), 45, giver, "Pregled kod lekara"), file.LeadCaseworkerId, now, today);
            var recorded = FieldVisit.Record(file.Id, new FieldVisitDetails(new DateOnly(2021, 5, 4), VisitPlace.Home, "Other", [giver], "Razgovor sa porodicom.", null, null), file.LeadCaseworkerId, now, today);
            db.CaseServices.Add(logged);
            db.FieldVisits.Add(recorded);
            db.CaseServices.Add(CaseService.Log(file.Id, new ServiceDetails(health, new DateOnly(2021, 4, 15), 60, giver, ImportSession.EarlierMarker), file.LeadCaseworkerId, now, today));
            db.FieldVisits.Add(FieldVisit.Record(file.Id, new FieldVisitDetails(new DateOnly(2021, 4, 15), VisitPlace.Other, "Other", [giver], ImportSession.EarlierMarker, null, null), file.LeadCaseworkerId, now, today));
            await db.SaveChangesAsync();
            return (logged.Id, recorded.Id);
        });

        var corrected = ImportUpload.Row("SRV-1");
        corrected[ImportColumns.SupportType] = "Legal";
        await CommitAsync(manager, await ValidateAsync(manager, "usluge-ispravka.csv", ImportUpload.File(corrected)));

        var left = await Factory.WithDbAsync(db => db.CaseServices.Where(s => s.CaseId == file.Id).OrderBy(s => s.TypeCode).Select(s => new { s.Id, s.TypeCode, s.ImportId }).ToListAsync());
        Assert.Equal(
            new[] { (kept, health, (Guid?)null), (left.Single(s => s.ImportId is not null).Id, SupportTypes.ServiceTypeOf["Legal"], (Guid?)importId) }.OrderBy(s => s.Item2),
            left.Select(s => (s.Id, s.TypeCode, s.ImportId)));
        Assert.Equal([keptVisit], await Factory.WithDbAsync(db => db.FieldVisits.Where(v => v.CaseId == file.Id).Select(v => v.Id).ToListAsync()));
    }

    [Fact]
    public async Task An_imported_service_or_visit_its_author_wrote_into_stays_when_a_re_import_drops_its_type()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var first = ImportUpload.Row("SRV-2");
        first[ImportColumns.SupportType] = $"Legal; Health; {SupportTypes.FieldVisit}";
        await CommitAsync(manager, await ValidateAsync(manager, "usluge-2.csv", ImportUpload.File(first)));
        var file = await CaseOfAsync("SRV-2");
        var health = SupportTypes.ServiceTypeOf["Health"];

        // Within its day the importing manager, its author, writes what was done into the health service and the visit.
        await Factory.WithDbAsync(async db =>
        {
            var service = await db.CaseServices.SingleAsync(s => s.CaseId == file.Id && s.TypeCode == health);
            var at = service.WrittenAtUtc.AddMinutes(5);
            service.Correct(new ServiceDetails(health, service.On, 60, StaffOrPartner.Staff(file.LeadCaseworkerId), "Pregled kod lekara."), service.AuthorId, at, DateOnly.FromDateTime(at));
            var visit = await db.FieldVisits.Include(v => v.Participants).SingleAsync(v => v.CaseId == file.Id);
            visit.Correct(new FieldVisitDetails(visit.On, VisitPlace.Home, "Other", [StaffOrPartner.Staff(file.LeadCaseworkerId)], "Razgovor sa porodicom.", null, null), visit.AuthorId, at, DateOnly.FromDateTime(at));
            return await db.SaveChangesAsync();
        });

        var corrected = ImportUpload.Row("SRV-2");
        corrected[ImportColumns.SupportType] = "Legal";
        await CommitAsync(manager, await ValidateAsync(manager, "usluge-2-ispravka.csv", ImportUpload.File(corrected)));

        Assert.Equal([health, SupportTypes.ServiceTypeOf["Legal"]], await Factory.WithDbAsync(db => db.CaseServices.Where(s => s.CaseId == file.Id).OrderBy(s => s.TypeCode).Select(s => s.TypeCode).ToListAsync()));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.FieldVisits.CountAsync(v => v.CaseId == file.Id)));
    }

    [Fact]
    public async Task A_re_import_that_moves_the_referral_day_moves_the_days_to_a_decision()
    {
        const string Report = "/Reports/Annual/2021/cells.csv?internal=true";
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var before = await AnnualFiguresTests.CellsAsync(manager, Report);
        await CommitAsync(manager, await ValidateAsync(manager, "dani.csv", ImportUpload.File(ImportUpload.Row("DAY-1"))));
        Assert.Equal(Waited(before, "31-60") + 1, Waited(await AnnualFiguresTests.CellsAsync(manager, Report), "31-60")); // 1 March to 15 April

        var later = ImportUpload.Row("DAY-1");
        later[ImportColumns.ReferralDate] = "2021-04-10";
        await CommitAsync(manager, await ValidateAsync(manager, "dani-ispravka.csv", ImportUpload.File(later)));

        var corrected = await AnnualFiguresTests.CellsAsync(manager, Report);
        Assert.Equal((Waited(before, "0-30") + 1, Waited(before, "31-60")), (Waited(corrected, "0-30"), Waited(corrected, "31-60")));
        var file = await CaseOfAsync("DAY-1");
        var received = await Factory.WithDbAsync(db => db.Referrals.Where(r => r.Id == file.ReferralId).Select(r => r.ReceivedAtUtc).SingleAsync());
        Assert.Equal((new DateOnly(2021, 4, 10), received), (DateOnly.FromDateTime(received), file.ProcedureStartedAtUtc));

        // The migration's repair of a case whose start an earlier version left behind: that case, and no other.
        var repaired = await Factory.WithDbAsync(async db =>
        {
            await db.Cases.Where(c => c.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ProcedureStartedAtUtc, received.AddDays(-40)));
            return await db.Database.ExecuteSqlRawAsync(TraffickingCare.Web.Data.Migrations.Sqlite.DecisionDaysFromTheCase.RepairSql);
        });
        Assert.Equal((1, received), (repaired, (await CaseOfAsync("DAY-1")).ProcedureStartedAtUtc));
    }

    [Fact]
    public async Task A_re_import_that_would_change_an_anonymised_case_is_refused_whole()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        await CommitAsync(manager, await ValidateAsync(manager, "stari.csv", ImportUpload.File(ImportUpload.Row("ANON-1"), ImportUpload.Row("ANON-2"))));
        var anonymised = await CaseOfAsync("ANON-1");
        await Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == anonymised.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.AnonymisedAtUtc, Factory.Arrange.Now)));

        var corrected = ImportUpload.Row("ANON-1", decision: "NotIdentified", status: "NotAVictimOfTrafficking");
        var importId = await ValidateAsync(manager, "ispravka-stari.csv", ImportUpload.File(corrected, ImportUpload.Row("ANON-3")));
        await CommitAsync(manager, importId);

        var import = await Factory.WithDbAsync(db => db.CaseImports.SingleAsync(i => i.Id == importId));
        Assert.Equal((CaseImportStatus.Failed, "Import.Errors.CaseAnonymised"), (import.Status, import.FailureKey));
        Assert.Equal(anonymised.Status, (await CaseOfAsync("ANON-1")).Status);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.ImportedCases.CountAsync(o => o.ExternalCaseId == "ANON-3")));
        Assert.Empty(await TrailAsync(importId));
    }

    [Fact]
    public async Task A_failure_while_writing_a_later_batch_rolls_the_whole_file_back()
    {
        // The database refuses the last row, in the file's second batch: by then the first batch has been written
        // (while the second was built), and it must go too.
        var rows = Enumerable.Range(1, CaseImportWriter.BatchSize).Select(i => ImportUpload.Row($"ROLL-{i}")).Append(ImportUpload.Row("ROLL-LAST")).ToArray();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER RefuseLastRow BEFORE INSERT ON ImportedCases WHEN NEW.ExternalCaseId = 'ROLL-LAST' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        try
        {
            using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
            var importId = await ValidateAsync(manager, "prekid.csv", ImportUpload.File(rows));
            await CommitAsync(manager, importId);

            var import = await Factory.WithDbAsync(db => db.CaseImports.SingleAsync(i => i.Id == importId));
            Assert.Equal((CaseImportStatus.Failed, "Import.Errors.CommitFailed"), (import.Status, import.FailureKey));
            Assert.Equal(0, await Factory.WithDbAsync(db => db.ImportedCases.CountAsync(o => o.ExternalCaseId.StartsWith("ROLL-"))));
            Assert.Empty(await TrailAsync(importId));
        }
        finally
        {
            await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER RefuseLastRow"));
        }
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "\"IST,unclosed\r\n", "Import.Problems.Malformed" },
        { "Gender=X", "Import.Problems.UnknownCode" },
        { "DecisionDate=2021-01-01", "Import.Problems.DecisionBeforeReferral" },
        { "duplicate", "Import.Problems.DuplicateCaseId" },
        { "ReferralDate=", "Import.Problems.Required" },
        { "Status=NotAVictimOfTrafficking", "Import.Problems.StatusMismatch" },
        { "Consent=DA", "Import.Problems.BadConsent" },
        { "Age=130", "Import.Problems.BadAge" },
        { "ReferralDate=2021-02-30", "Import.Problems.BadDate" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_its_report_and_writes_nothing(string fault, string problem)
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var row = ImportUpload.Row("BAD-" + Guid.NewGuid().ToString("N")[..8]);
        var rows = new List<Dictionary<string, string>> { row };
        var column = fault.Split('=')[0] switch
        {
            "Gender" => ImportColumns.Gender,
            "DecisionDate" => ImportColumns.DecisionDate,
            "ReferralDate" => ImportColumns.ReferralDate,
            "Status" => ImportColumns.TraffickingStatus,
            "Consent" => ImportColumns.Consent,
            "Age" => ImportColumns.AgeWhenTrafficked,
            _ => null,
        };
        if (column is not null)
        {
            row[column] = fault.Split('=')[1];
        }

        if (fault == "duplicate")
        {
            rows.Add(row);
        }

        var content = ImportUpload.File([.. rows]);
        if (fault.StartsWith('"'))
        {
            content = [.. content, .. System.Text.Encoding.UTF8.GetBytes(fault + new string(',', 24))];
        }

        var counts = await CountsAsync();
        var response = await ImportUpload.PostAsync(manager, "los.csv", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text(problem), page.QuerySelector("#import-problems")!.TextContent);
        Assert.DoesNotContain("Zamislica", page.Body!.TextContent);
        Assert.DoesNotContain("1998-02-10", page.Body!.TextContent);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_CSV_is_refused_on_the_form()
    {
        using var manager = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var counts = await CountsAsync();

        var page = await TestClient.ParseAsync(await ImportUpload.PostAsync(manager, "slucajevi.xlsx", ImportUpload.File(ImportUpload.Row("XLS-1"))));

        Assert.Contains(Ui.Text("Import.Errors.Type"), page.Body!.TextContent);
        Assert.Equal(counts, await CountsAsync());
    }

    private async Task<Guid> ValidateAsync(TestClient manager, string fileName, byte[] content)
    {
        var response = await ImportUpload.PostAsync(manager, fileName, content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task CommitAsync(TestClient manager, Guid importId)
    {
        var page = await manager.GetPageAsync($"/Reports/Import/{importId}");
        var response = await manager.SubmitAsync(page, "form#import-commit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Factory.Services.GetRequiredService<ImportJobs>().WaitAsync(importId).WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static int Waited(Dictionary<string, string> cells, string band) => int.Parse(cells[$"cases_by_days_to_decision,{band},2021"]);

    private Task<CaseFile> CaseOfAsync(string externalId) =>
        Factory.WithDbAsync(db => db.Cases.Include(c => c.CodeListValues)
            .SingleAsync(c => db.ImportedCases.Any(o => o.ExternalCaseId == externalId && o.CaseId == c.Id)));

    private Task<(int Referrals, int Cases, int Imports)> CountsAsync() =>
        Factory.WithDbAsync(async db => (await db.Referrals.CountAsync(), await db.Cases.CountAsync(), await db.ImportedCases.CountAsync()));

    /// <summary>
    /// What the import's commit wrote to the audit trail besides the import's own row: one entry per case written,
    /// naming the import and the row, instead of one per record.
    /// </summary>
    private Task<List<AuditEntry>> TrailAsync(Guid importId) => Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
        .Where(a => a.CorrelationId == importId.ToString() && a.EntityType != nameof(CaseImport)).ToListAsync());

    private async Task<string> ImportedAtAsync(Guid importId, Guid caseId) =>
        $"{{\"import\":\"{importId}\",\"row\":{await Factory.WithDbAsync(db => db.ImportedCases.Where(o => o.CaseId == caseId).Select(o => o.Row).SingleAsync())}}}";
}
