using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

public sealed class PlacementRoundTripTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private string Today => CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)));

    [Fact]
    public async Task Shelter_staff_admit_move_record_an_absence_and_an_exit()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 2);
        var file = await factory.Arrange.Case();
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");

        var admitted = await staff.SubmitAsync(await staff.GetPageAsync("/Shelter/Admit"), "form#admit", new Dictionary<string, string>
        {
            ["Form.CaseCode"] = file.Code.ToLowerInvariant(),
            ["Form.ReferredBy"] = "CSR Niš",
            ["Form.BedId"] = beds[0].Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        var url = admitted.Headers.Location!.OriginalString;
        var placement = await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.CaseId == file.Id));
        Assert.Equal(beds[0].Id, placement.BedId);

        var board = await staff.GetPageAsync("/Shelter");
        Assert.Contains(file.Code, board.QuerySelector($"#bed-{beds[0].Id}")!.TextContent);
        Assert.Contains(ShelterArrangement.Address, board.Body!.TextContent);

        await staff.SubmitAsync(await staff.GetPageAsync(url), "form#move", new Dictionary<string, string> { ["MoveForm.BedId"] = beds[1].Id.ToString() });
        await staff.SubmitAsync(await staff.GetPageAsync(url), "form#absence", new Dictionary<string, string> { ["AbsenceForm.Kind"] = "Hospital", ["AbsenceForm.FromOn"] = Today });
        factory.Clock.Advance(TimeSpan.FromDays(3));
        using var later = await factory.Arrange.SignedInAsync("prihvatiliste"); // the session of three days ago has expired
        var exit = await later.SubmitAsync(await later.GetPageAsync(url), "form#exit", new Dictionary<string, string>
        {
            ["ExitForm.Destination"] = "IndependentLiving",
            ["ExitForm.Reason"] = "Zaposlila se i iznajmila stan.",
        });
        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);

        var done = await factory.WithDbAsync(db => db.Placements.Include(p => p.Occupancies).Include(p => p.Absences).AsNoTracking().SingleAsync(p => p.Id == placement.Id));
        Assert.False(done.IsActive);
        Assert.Equal(ExitDestination.IndependentLiving, done.ExitDestination);
        Assert.Equal(beds[1].Id, done.BedId);
        Assert.Equal(2, done.Occupancies.Count);
        Assert.All(done.Occupancies, o => Assert.NotNull(o.EndedAtUtc));
        Assert.Equal(AbsenceKind.Hospital, Assert.Single(done.Absences).Kind);
        Assert.Equal(3, done.DaysUntil(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now))));
        Assert.Contains(Ui.Text("Shelter.Board.Counts", 0, 2, 0), (await later.GetPageAsync("/Shelter")).QuerySelector("#board-counts")!.TextContent);

        // Readmission is a new placement; the case's team sees both on the case page, without the address.
        var again = await later.SubmitAsync(await later.GetPageAsync("/Shelter/Admit"), "form#admit", new Dictionary<string, string>
        {
            ["Form.CaseCode"] = file.Code,
            ["Form.BedId"] = beds[0].Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        using var team = await factory.Arrange.SignedInAsync("radnik");
        var casePage = await team.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Equal(2, casePage.QuerySelectorAll("#shelter-placements tbody tr").Length);
        Assert.DoesNotContain(ShelterArrangement.Address, casePage.Body!.TextContent);
    }

    [Fact]
    public async Task An_occupied_bed_an_unknown_case_and_an_exit_before_admission_are_refused_with_everything_kept()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 1);
        var first = await factory.Arrange.Case();
        var second = await factory.Arrange.Case();
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        var form = await staff.GetPageAsync("/Shelter/Admit");
        await staff.SubmitAsync(form, "form#admit", new Dictionary<string, string> { ["Form.CaseCode"] = first.Code, ["Form.BedId"] = beds[0].Id.ToString() });

        // The stale form still offers the bed that is now taken.
        var taken = await staff.SubmitAsync(form, "form#admit", new Dictionary<string, string> { ["Form.CaseCode"] = second.Code, ["Form.ReferredBy"] = "Policija", ["Form.BedId"] = beds[0].Id.ToString() });
        var page = await TestClient.ParseAsync(taken);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains(Ui.Text("Shelter.Errors.BedTaken"), page.Body!.TextContent);
        Assert.Equal("Policija", page.QuerySelector("#Form_ReferredBy")!.GetAttribute("value"));
        Assert.Equal(second.Code, page.QuerySelector("#Form_CaseCode")!.GetAttribute("value"));

        var unknown = await TestClient.ParseAsync(await staff.SubmitAsync(await staff.GetPageAsync("/Shelter/Admit"), "form#admit",
            new Dictionary<string, string> { ["Form.CaseCode"] = "CZZ-2001-9999", ["Form.BedId"] = beds[0].Id.ToString() }));
        Assert.Contains(Ui.Text("Shelter.Errors.CaseNotOpen"), unknown.Body!.TextContent);

        var placement = await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync());
        var details = await staff.GetPageAsync($"/Shelter/Placements/{placement.Id}");
        var early = await TestClient.ParseAsync(await staff.SubmitAsync(details, "form#exit", new Dictionary<string, string>
        {
            ["ExitForm.ExitedOn"] = "01.01.2000.",
            ["ExitForm.Destination"] = "Family",
            ["ExitForm.Reason"] = "Vratila se porodici.",
        }));
        Assert.Contains(Ui.Text("Shelter.Errors.ExitBeforeAdmission"), early.Body!.TextContent);
        Assert.Equal("Vratila se porodici.", early.QuerySelector("#ExitForm_Reason")!.TextContent.Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Placements.CountAsync()));
        Assert.True((await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync())).IsActive);

        await staff.GetPageAsync($"/Shelter/Placements/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_exit_from_an_older_page_refused_for_its_date_keeps_its_version_so_the_move_made_meanwhile_is_still_told()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 2);
        var placement = await factory.Arrange.PlacementAsync(beds[0]);
        var url = $"/Shelter/Placements/{placement.Id}";
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var older = await staff.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(await coordinator.GetPageAsync(url), "form#move", new Dictionary<string, string> { ["MoveForm.BedId"] = beds[1].Id.ToString() })).StatusCode);

        var badDate = await TestClient.ParseAsync(await staff.SubmitAsync(older, "form#exit", new Dictionary<string, string>
        {
            ["ExitForm.Destination"] = "Family",
            ["ExitForm.ExitedOn"] = "31.02.2026.",
        }));
        factory.Clock.Advance(TimeSpan.FromMinutes(5)); // she leaves after the move
        var resent = await staff.SubmitAsync(badDate, "form#exit", new Dictionary<string, string>
        {
            ["ExitForm.ExitedOn"] = Today,
            ["ExitForm.ExitedAt"] = CentreClock.FormatTime(CentreClock.ToLocal(factory.Arrange.Now)),
        });

        Assert.NotEmpty(badDate.QuerySelector("[data-valmsg-for='ExitForm.ExitedOn']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(resent)).Body!.TextContent);
        Assert.True((await factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == placement.Id))).IsActive);
    }

    [Fact]
    public async Task The_address_is_encrypted_in_the_database_and_out_of_the_audit_trail()
    {
        await factory.Arrange.ShelterAsync(beds: 1, name: "Šifrovana jedinica");

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Address FROM ShelterUnits WHERE Name = 'Šifrovana jedinica'";
        var raw = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain("Tajna", raw, StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", raw, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains("Tajna"))));
    }
}
