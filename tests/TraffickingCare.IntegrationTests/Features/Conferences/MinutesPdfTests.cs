using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>The minutes PDF: what it prints and withholds, its language, the audit of each download, who gets it.</summary>
public sealed class MinutesPdfTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private CaseConference conference = null!;
    private string caseCode = null!;

    public async Task InitializeAsync()
    {
        var file = await factory.Arrange.Case().Coded(2026, 4712).OfPerson(new PersonIdentityDetails("Milena", "Zlatanović"));
        caseCode = file.Code;
        var users = await factory.Arrange.UserIdsAsync();
        var now = factory.Arrange.Now;
        var school = Partner.Create("OŠ Vuk Karadžić Niš", Sector.Education, "RS-NIS");
        var teacher = school.AddContact("Demo Nastavnica", "razredna", null, null);
        conference = CaseConference.Schedule(file.Id, new ConferencePlan(
            now.AddHours(1), 60, ConferencePlace.Institution, school.Id, users["radnik"],
            [
                new(ParticipantKind.Staff, UserId: users["radnik"]),
                new(ParticipantKind.Partner, PartnerId: school.Id, ContactId: teacher.Id, Role: "razredna starešina"),
                new(ParticipantKind.Other, Name: "Demo Rođak", Institution: "Porodica", Role: "staratelj", ConsentToBeNamed: true),
                new(ParticipantKind.Other, Name: "Demo Komšija", Institution: "Mesna zajednica", Role: "sused"),
                new(ParticipantKind.Other, Name: "Demo Gost", Role: "volonterka"),
            ],
            [new AgendaLine("Povratak u školu"), new AgendaLine("Zdravstvena zaštita")]), now);
        var agenda = conference.Agenda.OrderBy(a => a.Position).ToList();
        conference.Record(new ConferenceRecord(
            conference.Participants.ToDictionary(p => p.Id, p => p.Kind == ParticipantKind.Other && p.ConsentToBeNamed ? Attendance.Excused : Attendance.Present),
            new Dictionary<Guid, string?> { [agenda[0].Id] = "Škola prihvata povratak od polugodišta." },
            "Nastaviti psihološku podršku.", "Upis u drugo polugodište."));
        conference.AddActionItem("Dostaviti svedočanstvo školi", users["radnik"], null, factory.Arrange.Today.AddDays(10), factory.Arrange.Today);
        conference.Close(users["radnik"], now.AddHours(2));
        conference.AddAddendum("Škola je potvrdila upis.", users["radnik"], now.AddHours(3));
        await factory.WithDbAsync(async db =>
        {
            db.Partners.Add(school);
            db.CaseConferences.Add(conference);
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private string Url => $"/Conferences/{conference.Id}/Minutes.pdf";

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task The_team_downloads_the_minutes_with_the_case_code_and_no_name_withheld_by_consent_and_it_is_audited()
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");

        var response = await client.Http.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await TextOfAsync(response);
        Assert.StartsWith($"{caseCode}-zapisnik-konferencije-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        Assert.Contains(caseCode, text, StringComparison.Ordinal);
        Assert.Contains(Ui.Text("Conferences.Minutes.Title"), text, StringComparison.Ordinal);
        Assert.Contains("OŠ Vuk Karadžić Niš", text, StringComparison.Ordinal);
        Assert.Contains("Povratak u školu", text, StringComparison.Ordinal);
        Assert.Contains("Škola prihvata povratak od polugodišta.", text, StringComparison.Ordinal);
        Assert.Contains("Nastaviti psihološku podršku.", text, StringComparison.Ordinal);
        Assert.Contains("Dostaviti svedočanstvo školi", text, StringComparison.Ordinal);
        Assert.Contains("Škola je potvrdila upis.", text, StringComparison.Ordinal);
        Assert.Matches(@"strana 1 od \d", text);

        // Named only with consent: the relative consented, the neighbour and the teacher did not (their institution and role stand).
        Assert.Contains("Demo Rođak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo Komšija", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo Nastavnica", text, StringComparison.Ordinal);
        Assert.Contains("Mesna zajednica", text, StringComparison.Ordinal);
        Assert.Contains("razredna starešina", text, StringComparison.Ordinal);

        // An outside person with no institution is not printed as one of the Centre's staff.
        Assert.Contains("– volonterka", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo Gost", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Milena", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zlatanović", text, StringComparison.OrdinalIgnoreCase);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == conference.Id && a.Action == AuditAction.Downloaded).ToListAsync());
        Assert.Equal(nameof(CaseConference), Assert.Single(audit).EntityType);
    }

    [Fact]
    public async Task The_minutes_are_in_the_users_script_cyrillic_headings_included()
    {
        using var client = await factory.Arrange.SignedInAsync("koordinator");
        await client.SubmitAsync(await client.GetPageAsync("/"), "form[action='/Language/Set']", submitName: "culture", submitValue: "sr-Cyrl-RS");

        var response = await client.Http.GetAsync(Url);
        var text = await TextOfAsync(response);

        var day = DateOnly.FromDateTime(TraffickingCare.Web.Infrastructure.Time.CentreClock.ToLocal(conference.StartsAtUtc)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{caseCode}-записник-конференције-{day}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("Записник", text, StringComparison.Ordinal);
        Assert.Contains("Учесници", text, StringComparison.Ordinal);
        Assert.Contains("Дневни", text, StringComparison.Ordinal);
        Assert.Matches(@"страна1од\d", text.Replace(" ", "", StringComparison.Ordinal)); // PdfPig may split a word
        Assert.Contains(caseCode, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conference_page_links_the_minutes_for_the_team_and_not_for_management()
    {
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var management = await factory.Arrange.SignedInAsync("rukovodstvo");

        var team = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        var read = await management.GetPageAsync($"/Conferences/{conference.Id}");

        Assert.Equal(Url, team.QuerySelector("#conference-minutes-pdf")!.GetAttribute("href"));
        Assert.Null(read.QuerySelector("#conference-minutes-pdf"));
    }

    [Theory]
    [InlineData("radnik2", HttpStatusCode.NotFound)]
    [InlineData("rukovodstvo", HttpStatusCode.Forbidden)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Anyone_else_is_refused_and_nothing_is_audited(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(Url)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == conference.Id && a.Action == AuditAction.Downloaded)));
    }
}
