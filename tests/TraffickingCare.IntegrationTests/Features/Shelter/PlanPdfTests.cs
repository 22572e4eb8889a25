using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>
/// The individual plan as PDF: shelter staff, the coordinator and the case's team download it (audited), in their
/// language, with the case code, the goals and their reviews, the phase history; never the person's name, never the
/// shelter's address. Everyone else is refused as on the shelter file, and a caseworker outside the case finds nothing.
/// </summary>
public sealed class PlanPdfTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Placement placement = null!;
    private string caseCode = null!;
    private Guid caseId;

    public async Task InitializeAsync()
    {
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 1);
        var file = await factory.Arrange.Case().Coded(2026, 4711).OfPerson(new PersonIdentityDetails("Milena", "Zlatanović"));
        (caseId, caseCode) = (file.Id, file.Code);
        var users = await factory.Arrange.UserIdsAsync();
        var now = factory.Arrange.Now;
        var admitted = now.AddDays(-40);
        var admittedOn = DateOnly.FromDateTime(CentreClock.ToLocal(admitted));
        placement = Placement.Admit(file.Id, beds[0], admitted, admittedOn, null, now);
        var documents = placement.AddGoal(ShelterPhase.Stabilisation, GoalArea.Documents, "Lična karta", "Pratnja u policijsku upravu", users["prihvatiliste"], admittedOn.AddDays(10));
        placement.ReviewGoal(documents.Id, GoalStatus.Achieved, "Izdata bez teškoća.", users["prihvatiliste"], now.AddDays(-35));
        var change = placement.ProposePhase(ShelterPhase.Recovery, "Stabilna, dokumenti izvađeni.", null, users["prihvatiliste"], now.AddDays(-31));
        placement.ApprovePhase(change.Id, users["koordinator"], now.AddDays(-30), admittedOn.AddDays(10));
        placement.AddGoal(ShelterPhase.Recovery, GoalArea.Education, "Kurs računara", null, users["prihvatiliste"], admittedOn.AddDays(60));
        await factory.WithDbAsync(async db =>
        {
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private string Url => $"/Shelter/Placements/{placement.Id}/Plan.pdf";

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [InlineData("prihvatiliste")]
    [InlineData("koordinator")]
    [InlineData("radnik")]
    public async Task Shelter_staff_the_coordinator_and_the_team_download_the_plan_and_it_is_audited(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal($"{caseCode}-plan-{factory.Arrange.Today:yyyy-MM-dd}.pdf",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == placement.Id && a.Action == AuditAction.Downloaded).ToListAsync());
        Assert.Equal(nameof(Placement), Assert.Single(audit).EntityType);
        Assert.Equal(DownloadFacts.Of(bytes), audit[0].Changes);
    }

    [Fact]
    public async Task The_plan_holds_the_case_code_goals_reviews_and_phases_but_no_name_and_no_address()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        var text = await TextOfAsync(await client.Http.GetAsync(Url));

        Assert.Contains(caseCode, text, StringComparison.Ordinal);
        Assert.Contains(Ui.Text("Shelter.Plan.Title"), text, StringComparison.Ordinal);
        Assert.Contains("Test prihvatilište", text, StringComparison.Ordinal);
        Assert.Contains("Lična karta", text, StringComparison.Ordinal);
        Assert.Contains("Kurs računara", text, StringComparison.Ordinal);
        Assert.Contains("Izdata bez teškoća.", text, StringComparison.Ordinal);
        Assert.Contains("Stabilna, dokumenti izvađeni.", text, StringComparison.Ordinal);
        Assert.Contains(Ui.Text("Shelter.PhaseChangeStatus.Approved"), text, StringComparison.Ordinal);
        Assert.Contains(CentreClock.FormatDate(placement.AdmittedOn), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Milena", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zlatanović", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tajna ulica", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Testgrad", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_plan_is_in_the_users_language()
    {
        using var client = await factory.Arrange.SignedInAsync("koordinator");
        await client.SubmitAsync(await client.GetPageAsync("/"), "form[action='/Language/Set']", submitName: "culture", submitValue: "en");

        var text = await TextOfAsync(await client.Http.GetAsync(Url));

        Assert.Contains("Individual plan", text, StringComparison.Ordinal);
        Assert.Contains("Coordinator", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Ui.Text("Shelter.Plan.Title"), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rukovodstvo", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("radnik2", HttpStatusCode.NotFound)]
    public async Task Anyone_else_is_refused_and_nothing_is_audited(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(Url)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == placement.Id && a.Action == AuditAction.Downloaded)));
    }

    [Fact]
    public async Task The_shelter_file_and_the_case_page_link_the_plan_but_managements_case_page_does_not()
    {
        using var staff = await factory.Arrange.SignedInAsync("prihvatiliste");
        using var team = await factory.Arrange.SignedInAsync("radnik");
        using var management = await factory.Arrange.SignedInAsync("rukovodstvo");

        Assert.Equal(Url, (await staff.GetPageAsync($"/Shelter/Placements/{placement.Id}")).QuerySelector("a#plan-pdf")!.GetAttribute("href"));
        Assert.NotNull((await team.GetPageAsync($"/Cases/Details/{caseId}")).QuerySelector($"#shelter-placements a[href='{Url}']"));
        var managed = await management.GetPageAsync($"/Cases/Details/{caseId}");
        Assert.NotNull(managed.QuerySelector("#shelter-placements"));
        Assert.Null(managed.QuerySelector($"a[href='{Url}']"));
    }
}
