using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>Publishing freezes the figures: a later correction changes the live report, never a revision; a new revision lists what changed.</summary>
public sealed class PublishingTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private CaseFile woman = null!;

    public async Task InitializeAsync()
    {
        var a = new ReportArrange(factory);
        var nine = new TimeOnly(9, 0);
        woman = await a.CaseAsync(new DateOnly(2025, 2, 3), nine, "Police", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 3), "Feminine", 24, "RS", Forms: ["SexualExploitation"]));
        for (var i = 0; i < 4; i++)
        {
            await a.CaseAsync(new DateOnly(2025, 4, 3 + i), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 5, 3), "Feminine", 30, "RS", Forms: ["ForcedLabour"]));
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_correction_after_publishing_changes_the_live_figures_never_the_revision_and_a_second_revision_differs_in_exactly_those_cells()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var live = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");

        var published = await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2025"), "#publish-form");
        var revision = await client.GetPageAsync(published.Headers.Location!.OriginalString);

        Assert.EndsWith("revision=1", published.Headers.Location!.OriginalString);
        Assert.Contains(Ui.Text("Reports.Published", 2025, 1), revision.QuerySelector(".alert")!.TextContent);
        Assert.Equal(live, await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true&revision=1"));

        await factory.WithDbAsync(async db =>
        {
            var file = await db.Cases.Include(c => c.CodeListValues).SingleAsync(c => c.Id == woman.Id);
            file.DescribePerson(file.Profile with { SexCode = "Masculine" }, [], [], null, "test", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var frozen = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true&revision=1");
        var corrected = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");
        Assert.Equal(live, frozen);
        Assert.Equal("4", corrected["identified_by_sex,Feminine,2025"]);
        Assert.Equal("1", corrected["identified_by_sex,Masculine,2025"]);

        await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2025"), "#publish-form");
        var diff = await client.GetPageAsync("/Reports/Annual/2025/Revisions");

        var differing = diff.QuerySelectorAll("#differences tbody tr").Select(tr => tr.GetAttribute("data-cell")).ToList();
        Assert.Equal(["identified_by_sex/Feminine/2025", "identified_by_sex/Masculine/2025"], differing);
        Assert.Equal("5", diff.QuerySelector("tr[data-cell='identified_by_sex/Feminine/2025'] td[data-side='left']")!.TextContent.Trim());
        Assert.Equal("4", diff.QuerySelector("tr[data-cell='identified_by_sex/Feminine/2025'] td[data-side='right']")!.TextContent.Trim());
        Assert.Equal(2, diff.QuerySelectorAll("#revisions-table tbody tr").Length);
    }

    [Fact]
    public async Task A_revision_downloads_as_it_was_published_in_the_contracts_order_and_hides_what_it_hid_then()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var (shown, counted) = (await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv"), await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv?internal=true"));
        Assert.Contains("\nidentified_by_sex,Feminine,2025,5\n", counted);
        Assert.Contains("\nreferrals_by_sector,Police,2025,<3\n", shown);

        await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2025"), "#publish-form");

        Assert.Equal(shown, await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv?revision=1"));
        Assert.Equal(counted, await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv?internal=true&revision=1"));

        // What the small-cell rule showed is kept with each cell and served as kept: a later rule, or a sum added to
        // it, never changes what a revision showed (a value kept otherwise stands in for such a change here).
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE PublishedCells SET Shown = 'x' WHERE \"Table\" = 'identified_by_sex' AND \"Row\" = 'Feminine' AND \"Year\" = 2025"));
        Assert.Contains("\nidentified_by_sex,Feminine,2025,x\n", await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv?revision=1"));
        Assert.Contains("\nidentified_by_sex,Feminine,2025,5\n", await client.Http.GetStringAsync("/Reports/Annual/2025/cells.csv?internal=true&revision=1"));
    }

    [Fact]
    public async Task Publishing_twice_from_one_page_makes_one_revision()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var page = await client.GetPageAsync("/Reports/Annual/2025");

        var answers = await Task.WhenAll(client.SubmitAsync(page, "#publish-form"), client.SubmitAsync(page, "#publish-form"));
        await client.SubmitAsync(page, "#publish-form");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PublishedReports.CountAsync(r => r.Year == 2025)));
        var after = await client.GetPageAsync("/Reports/Annual/2025");
        Assert.Contains(Ui.Text("Reports.Errors.PublishedMeanwhile"), after.Body!.TextContent + string.Join(" ", answers.Select(a => a.Headers.Location?.OriginalString)));
    }

    [Fact]
    public async Task Publishing_is_audited_with_its_revision_and_a_download_with_what_was_downloaded()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2025"), "#publish-form");
        await client.Http.GetAsync("/Reports/Annual/2025/cells.csv?revision=1");
        await client.Http.GetAsync("/Reports/Annual/2025/report.xlsx?internal=true");

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "PublishedReport" || e.EntityType == "AnnualReport").ToListAsync());

        Assert.Contains(entries, e => e.EntityType == "PublishedReport");
        Assert.Contains(entries, e => e.Reason == "cells.csv 2025 r1");
        Assert.Contains(entries, e => e.Reason == "report.xlsx 2025 live internal");
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("koordinator", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("rukovodstvo", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Coordinators_read_management_manages_everyone_else_is_refused(string user, HttpStatusCode read, HttpStatusCode manage)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(read, (await client.Http.GetAsync("/Reports/Annual/2025")).StatusCode);
        Assert.Equal(read, (await client.Http.GetAsync("/Reports/Annual/2025/cells.csv")).StatusCode);
        Assert.Equal(read, (await client.Http.GetAsync("/Reports/Annual/2025/report.xlsx")).StatusCode);
        Assert.Equal(manage, (await client.Http.GetAsync("/Reports/Annual/2025/Revisions")).StatusCode);
        Assert.Equal(manage, (await client.Http.GetAsync("/Reports/Annual/2025/cells.csv?internal=true")).StatusCode);
        Assert.Equal(manage == HttpStatusCode.OK ? HttpStatusCode.Redirect : manage, (await client.PostWithTokenAsync("/Reports/Annual/2025/Publish", ("after", "0"))).StatusCode);
    }

    [Fact]
    public async Task Anyone_signed_out_is_sent_to_sign_in()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await http.GetAsync("/Reports/Annual/2025/cells.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
