using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Features.Conferences;
using TraffickingCare.IntegrationTests.Features.Network;
using TraffickingCare.IntegrationTests.Features.Proceedings;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.SubjectAccess;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.SubjectAccess;

/// <summary>
/// A person's request for their data: management finds the person with the search (audited, its terms not kept),
/// exports everything held about them as a PDF with the request as the recorded reason (audited with the file's hash),
/// and is refused, with what was typed kept, without a reason. No other role reaches any of it.
/// </summary>
public sealed class SubjectAccessTests(SubjectAccessTests.Arranged arranged) : IClassFixture<SubjectAccessTests.Arranged>
{
    private const string Note = "Beleška za uvid lica (sintetička).";
    private const string Facts = "nalaz-uvid-7701 dokumenti oduzeti";
    private const string InterviewPlace = "mesto-uvid-7702 PS Pirot";
    private const string NetworkPartner = "partner-uvid-7703 CSR Pirot";
    private const string Court = "sud-uvid-7704 Viši sud u Pirotu";
    private readonly AppFactory factory = arranged.Factory;

    public sealed class Arranged : AppFixture
    {
        public Guid PersonId { get; private set; }

        public string CaseCode { get; private set; } = string.Empty;

        protected override async Task ArrangeAsync()
        {
            var file = await Factory.Arrange.Case().Coded(2025, 77)
                .OfPerson(new PersonIdentityDetails("Dragana", "Uvidović", DateOfBirth: new DateOnly(1990, 3, 4), Address: "Ulica Primera 1"))
                .With((opened, at) => opened.AddNote(Note, opened.LeadCaseworkerId, at));
            (PersonId, CaseCode) = (file.PersonIdentityId!.Value, file.Code);

            // The identification, support and court work on the case, each with a word found nowhere else.
            var users = await Factory.Arrange.UserIdsAsync();
            var findings = FindingsAndOpinion.Draft(file.Id, users["radnik"]);
            findings.Edit(new FindingsSections("Osnov", "Izvori", Facts, "Analiza", "Mišljenje tima"), IdentificationDecision.Identified, [], users["radnik2"], users["radnik"]);
            await Factory.WithDbAsync(db =>
            {
                db.Findings.Add(findings);
                db.Interviews.Add(Interview.Record(file.Id, Factory.Arrange.Today, "Stručni radnik A", null, InterviewPlace, 60, "Razgovor obavljen."));
                return db.SaveChangesAsync();
            });
            await Factory.ActorAsync(file.Id, await Factory.PartnerAsync(NetworkPartner, Sector.SocialProtection), "CaseManagement");
            var court = await ProceedingsArrange.CourtAsync(Factory, Court);
            var proceeding = await ProceedingsArrange.ProceedingAsync(Factory, file.Id, court);
            await ProceedingsArrange.HearingAsync(Factory, proceeding, court, Factory.Arrange.Now.AddDays(7));
            await ConferencesArrange.ConferenceAsync(Factory, file.Id, Factory.Arrange.Now.AddDays(3));
        }
    }

    private async Task<HttpResponseMessage> SearchAsync(TestClient client, string name) =>
        await client.SubmitAsync(await client.GetPageAsync("/SubjectAccess"), "form#subject-search", new Dictionary<string, string> { ["Search.Name"] = name });

    [Fact]
    public async Task Management_finds_the_person_by_name_and_the_search_is_audited_without_its_terms()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var userId = await factory.Arrange.UserIdAsync("rukovodstvo");
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == SubjectAccessController.SearchAuditType && a.UserId == userId));

        var response = await SearchAsync(client, "Dragana Uvidović");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var person = Assert.Single(page.QuerySelectorAll("#subject-people tbody tr"));
        Assert.Contains(arranged.CaseCode, person.TextContent);
        Assert.Equal($"/SubjectAccess/{arranged.PersonId}", person.QuerySelector("a")!.GetAttribute("href"));
        var searches = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == SubjectAccessController.SearchAuditType && a.UserId == userId).ToListAsync());
        Assert.Equal(before + 1, searches.Count);
        Assert.All(searches, a => Assert.Equal(AuditAction.Searched, a.Action));
        Assert.DoesNotContain(searches, a => (a.Changes + a.Reason).Contains("Dragana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_search_is_refused_with_a_localized_message()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");

        var response = await SearchAsync(client, " ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Ui.Text("Referrals.PersonSearch.Errors.Empty"), (await TestClient.ParseAsync(response)).QuerySelector("#subject-search")!.TextContent);
    }

    [Fact]
    public async Task Management_exports_everything_held_about_the_person_with_the_request_as_the_recorded_reason()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var page = await client.GetPageAsync($"/SubjectAccess/{arranged.PersonId}");
        Assert.Contains(arranged.CaseCode, page.QuerySelector("#subject-cases")!.TextContent);
        const string reason = "Pisani zahtev lica primljen 01.12.2026.";

        var response = await client.SubmitAsync(page, "form#subject-export", new Dictionary<string, string> { ["Export.Reason"] = reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("uvid-u-podatke-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            foreach (var expected in new[]
            {
                "Dragana", "Uvidović", "04.03.1990.", "Primera", arranged.CaseCode, "Beleška", "(sintetička).", "01.12.2026.",
                "nalaz-uvid-7701", "mesto-uvid-7702", "partner-uvid-7703", "sud-uvid-7704", "K", "100/26",
                Ui.Text("Conferences.Status.Scheduled"), "pretres", "Identifikovana",
            })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }
        }

        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(PersonIdentity) && a.EntityId == arranged.PersonId && a.Action == AuditAction.Downloaded)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(reason, entry.Reason);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), JsonDocument.Parse(entry.Changes!).RootElement.GetProperty("sha256").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    public async Task An_export_without_a_reason_is_refused_with_a_localized_message_and_nothing_is_sent_or_recorded(string reason)
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == arranged.PersonId && a.Action == AuditAction.Downloaded));

        var response = await client.SubmitAsync(await client.GetPageAsync($"/SubjectAccess/{arranged.PersonId}"), "form#subject-export", new Dictionary<string, string> { ["Export.Reason"] = reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("SubjectAccess.Errors.ReasonRequired"), page.QuerySelector("#subject-export")!.TextContent);
        Assert.Equal(reason, page.QuerySelector("#Export_Reason")!.TextContent.Trim('\n'));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == arranged.PersonId && a.Action == AuditAction.Downloaded)));
    }

    [Fact]
    public async Task A_person_not_recorded_is_not_found()
    {
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/SubjectAccess/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostWithTokenAsync($"/SubjectAccess/{Guid.NewGuid()}/Export", ("Export.Reason", "Zahtev lica"))).StatusCode);
    }

    [Theory]
    [InlineData("radnik")]
    [InlineData("koordinator")]
    [InlineData("prihvatiliste")]
    [InlineData("admin")]
    public async Task No_other_role_reaches_subject_access(string user)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/SubjectAccess")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync("/SubjectAccess", ("Search.Name", "Dragana"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/SubjectAccess/{arranged.PersonId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync($"/SubjectAccess/{arranged.PersonId}/Export", ("Export.Reason", "Zahtev lica"))).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == arranged.PersonId && a.Action == AuditAction.Downloaded && a.UserId != null && a.Reason == "Zahtev lica")));
    }
}
