using System.Net;
using TraffickingCare.IntegrationTests.Features.Reports.Annual;
using TraffickingCare.IntegrationTests.Features.Reports.Import;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.IntegrationTests.Features.Reports;

/// <summary>
/// A small hand-made historical file imported through the real pages, its year's report compared cell by cell with
/// figures computed by hand, published, corrected by a re-import: the revision stays, the next one differs in exactly
/// the corrected cells.
/// </summary>
public sealed class ImportToReportTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static Dictionary<string, string> Row(
        string id, string referred, string sector, string sex, string decision, string decided, string birth = "", string age = "",
        string started = "", string citizenship = "", string forms = "SexualExploitation", string scope = "", string support = "")
    {
        var row = ImportUpload.Row(id, decision, decision switch
        {
            "Identified" => "ActualVictimOfTrafficking",
            "NotIdentified" or "Rejected" => "NotAVictimOfTrafficking",
            _ => "PossibleVictimOfTrafficking",
        });
        row[ImportColumns.ReferralDate] = referred;
        row[ImportColumns.ReferrerSector] = sector;
        row[ImportColumns.Gender] = sex;
        row[ImportColumns.DecisionDate] = decided;
        row[ImportColumns.Birthdate] = birth;
        row[ImportColumns.AgeWhenTrafficked] = age;
        row[ImportColumns.ExploitationDate] = started;
        row[ImportColumns.Citizenship] = citizenship;
        row[ImportColumns.TypeOfExploitation] = forms;
        row[ImportColumns.TypeOfSexExploitation] = "";
        row[ImportColumns.Scope] = scope;
        row[ImportColumns.SupportType] = support;
        return row;
    }

    private static Dictionary<string, string>[] File(string sexOfA) =>
    [
        Row("HR-A", "2022-02-01", "Police", sexOfA, "Identified", "2022-05-01", birth: "2005-03-01", started: "2022-01-10", citizenship: "RS", forms: "ForcedLabour; ChildLabour", scope: "Internal", support: "Legal"),
        Row("HR-B", "2022-03-01", "NGO", "Masculine", "Identified", "2022-06-01", birth: "1990-02-28", started: "2021-06-01", citizenship: "BA; RS", scope: "Transnational", support: "Advisory; FieldVisit"),
        Row("HR-C", "2022-03-05", "Police", "Feminine", "Identified", "2022-07-01", age: "25", citizenship: "AL", forms: "ForcedBegging", scope: "Transnational"),
        Row("HR-D", "2022-04-01", "SocialWorkCentre", "Feminine", "", ""),
        Row("HR-E", "2022-04-02", "Police", "Feminine", "NotIdentified", "2022-08-01"),
        Row("HR-F", "2022-05-01", "NGO", "Feminine", "Suspended", "2022-09-01"),
    ];

    [Fact]
    public async Task The_report_of_an_imported_year_equals_the_hand_computed_figures_and_a_correction_makes_a_new_revision_only()
    {
        using var manager = await factory.Arrange.SignedInAsync("rukovodstvo");
        await ImportAsync(manager, "2022.csv", File("Feminine"));

        var cells = await AnnualFiguresTests.CellsAsync(manager, "/Reports/Annual/2022/cells.csv?internal=true");
        var byHand = new Dictionary<string, string>
        {
            ["summary,referrals"] = "6",
            ["summary,presumed_victims"] = "2",
            ["summary,identified_victims"] = "3",
            ["referrals_by_outcome,Identified"] = "3",
            ["referrals_by_outcome,NotIdentified"] = "1",
            ["referrals_by_outcome,Suspended"] = "1",
            ["referrals_by_outcome,Pending"] = "1",
            ["referrals_by_outcome,Rejected"] = "0",
            ["referrals_by_outcome,Duplicate"] = "0",
            ["referrals_by_sector,Police"] = "3",
            ["referrals_by_sector,NGO"] = "2",
            ["referrals_by_sector,SocialWorkCentre"] = "1",
            ["identified_by_sex,Feminine"] = "2",
            ["identified_by_sex,Masculine"] = "1",
            ["identified_by_age_group,child"] = "1",
            ["identified_by_age_group,adult"] = "2",
            ["identified_by_age_group,unknown"] = "0",
            ["identified_by_age_band,9-17"] = "1",
            ["identified_by_age_band,30-38"] = "1",
            ["identified_by_age_band,24-26"] = "1",
            ["identified_by_citizenship,domestic"] = "2",
            ["identified_by_citizenship,foreign"] = "1",
            ["identified_by_citizenship,unknown"] = "0",
            ["identified_by_citizenship_country,RS"] = "2",
            ["identified_by_citizenship_country,BA"] = "1",
            ["identified_by_citizenship_country,AL"] = "1",
            ["identified_by_exploitation_any,labour"] = "1",
            ["identified_by_exploitation_any,sexual"] = "1",
            ["identified_by_exploitation_any,forced_begging"] = "1",
            ["identified_by_exploitation_exclusive,labour"] = "1",
            ["identified_by_exploitation_exclusive,multiple"] = "0",
            ["identified_by_scope,Internal"] = "1",
            ["identified_by_scope,Transnational"] = "2",
            ["identified_by_scope,Unknown"] = "0",
            ["identified_by_service,Legal"] = "1",
            ["identified_by_service,Advisory"] = "1",
            ["identified_by_service,FieldVisit"] = "1",
        };
        Assert.All(byHand, cell => Assert.Equal((cell.Key, cell.Value), (cell.Key, cells[cell.Key + ",2022"])));

        await manager.SubmitAsync(await manager.GetPageAsync("/Reports/Annual/2022"), "#publish-form");
        await ImportAsync(manager, "2022-ispravka.csv", File("Masculine"));

        Assert.Equal(cells, await AnnualFiguresTests.CellsAsync(manager, "/Reports/Annual/2022/cells.csv?internal=true&revision=1"));
        await manager.SubmitAsync(await manager.GetPageAsync("/Reports/Annual/2022"), "#publish-form");
        var diff = await manager.GetPageAsync("/Reports/Annual/2022/Revisions?left=1&right=2");
        Assert.Equal(
            ["identified_by_sex/Feminine/2022", "identified_by_sex/Masculine/2022"],
            diff.QuerySelectorAll("#differences tbody tr").Select(tr => tr.GetAttribute("data-cell")));
    }

    private async Task ImportAsync(TestClient manager, string name, Dictionary<string, string>[] rows)
    {
        var uploaded = await ImportUpload.PostAsync(manager, name, ImportUpload.File(rows));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var importId = Guid.Parse(uploaded.Headers.Location!.OriginalString.Split('/')[^1]);
        var committed = await manager.SubmitAsync(await manager.GetPageAsync($"/Reports/Import/{importId}"), "form#import-commit");
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        await factory.Services.GetRequiredService<ImportJobs>().WaitAsync(importId).WaitAsync(TimeSpan.FromSeconds(60));
    }
}
