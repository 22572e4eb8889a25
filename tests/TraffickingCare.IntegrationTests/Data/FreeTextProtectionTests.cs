using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// Free text that can name or locate a person (where an interview was held, who was there, which
/// institution sent which document, where an answer came from, who referred, why a referral was
/// closed) is saved through the real forms, is ciphertext in the raw column, never a value in the
/// audit trail, and is still shown to the people who work the case.
/// </summary>
public sealed class FreeTextProtectionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_interviews_place_interviewers_and_interpreter_are_ciphertext_and_shown_to_the_team()
    {
        var id = await CaseAsync(4501);
        using var lead = await AsAsync("radnik");

        var response = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{id}"), "form#interview-form", new Dictionary<string, string>
        {
            ["InterviewForm.HeldOn"] = "02.03.2026.",
            ["InterviewForm.Place"] = "Sigurna kuca Mesto-7741",
            ["InterviewForm.DurationMinutes"] = "60",
            ["InterviewForm.Interviewers"] = "Ispitivac-7742",
            ["InterviewForm.Interpreter"] = "Prevodilac-7743",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var interviewId = await app.Factory.WithDbAsync(db => db.Interviews.Where(i => i.CaseId == id).Select(i => i.Id).SingleAsync());
        var texts = new[] { "Mesto-7741", "Ispitivac-7742", "Prevodilac-7743" };
        await AssertCiphertextAsync("Interviews", interviewId, texts, "Place", "Interviewers", "Interpreter");
        await AssertNotAuditedAsync(interviewId, texts);
        var shown = (await lead.GetPageAsync($"/Identification/Case/{id}")).QuerySelector("#interviews")!.TextContent;
        Assert.All(texts, t => Assert.Contains(t, shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sources_institution_and_document_are_ciphertext_and_shown_to_the_team()
    {
        var id = await CaseAsync(4502);
        using var lead = await AsAsync("radnik");

        var response = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{id}"), "form#source-form", new Dictionary<string, string>
        {
            ["SourceForm.Institution"] = "Ustanova-7751",
            ["SourceForm.Document"] = "Zapisnik-7752",
            ["SourceForm.ReceivedOn"] = "01.03.2026.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sourceId = await app.Factory.WithDbAsync(db => db.InformationSources.Where(s => s.CaseId == id).Select(s => s.Id).SingleAsync());
        var texts = new[] { "Ustanova-7751", "Zapisnik-7752" };
        await AssertCiphertextAsync("InformationSources", sourceId, texts, "Institution", "Document");
        await AssertNotAuditedAsync(sourceId, texts);
        var shown = (await lead.GetPageAsync($"/Identification/Case/{id}")).QuerySelector("#sources")!.TextContent;
        Assert.All(texts, t => Assert.Contains(t, shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_indicators_source_is_ciphertext_and_shown_on_the_checklist()
    {
        var id = await CaseAsync(4503);
        using var lead = await AsAsync("radnik");
        await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{id}"), "form#start-checklist");
        var checklist = await lead.GetPageAsync($"/Identification/Checklist/{id}");
        var prefix = checklist.QuerySelector("fieldset[data-indicator='DocumentsWithheld'] input[type=hidden]")!
            .GetAttribute("name")!.Replace(".Code", string.Empty, StringComparison.Ordinal);

        var response = await lead.SubmitAsync(checklist, "form#checklist-form", new Dictionary<string, string>
        {
            [prefix + ".Answer"] = "Present",
            [prefix + ".Source"] = "Sestra-7761",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var responseId = await app.Factory.WithDbAsync(db => db.PreliminaryChecklists.Where(c => c.CaseId == id)
            .SelectMany(c => c.Responses).Where(r => r.IndicatorCode == "DocumentsWithheld").Select(r => r.Id).SingleAsync());
        await AssertCiphertextAsync("IndicatorResponses", responseId, ["Sestra-7761"], "Source");
        await AssertNotAuditedAsync(responseId, ["Sestra-7761"]);
        var shown = await lead.GetPageAsync($"/Identification/Checklist/{id}");
        Assert.Equal("Sestra-7761", shown.QuerySelector($"input[name='{prefix}.Source']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_referrers_organisation_is_ciphertext_and_shown_on_the_referral()
    {
        using var caseworker = await AsAsync("radnik");
        var now = TimeZoneInfo.ConvertTimeFromUtc(app.Factory.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade")).AddMinutes(-10);

        var response = await caseworker.SubmitAsync(await caseworker.GetPageAsync("/Referrals/Log"), "form#log-referral", new Dictionary<string, string>
        {
            ["Form.ReceivedOn"] = now.ToString("dd.MM.yyyy."),
            ["Form.ReceivedAt"] = now.ToString("HH:mm"),
            ["Form.ChannelCode"] = "Phone",
            ["Form.ReferrerSectorCode"] = "Health",
            ["Form.ReferrerOrganisation"] = "Dom zdravlja Organizacija-7771",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        await AssertCiphertextAsync("Referrals", id, ["Organizacija-7771"], "ReferrerOrganisation");
        await AssertNotAuditedAsync(id, ["Organizacija-7771"]);
        Assert.Contains("Organizacija-7771", (await caseworker.GetPageAsync($"/Referrals/Details/{id}")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reject", "Triage.Form.Reason", "Razlog-7781")]
    [InlineData("NotTrafficking", "Triage.Form.ForwardedTo", "CSR Upuceno-7782")]
    public async Task A_triage_outcome_note_is_ciphertext_and_shown_on_the_referral(string outcome, string field, string note)
    {
        var referral = await app.Factory.Arrange.Referral();
        using var coordinator = await AsAsync("koordinator");

        var response = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/Referrals/Details/{referral.Id}"), "form#triage-referral",
            new Dictionary<string, string> { ["Triage.Form.Outcome"] = outcome, [field] = note });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertCiphertextAsync("Referrals", referral.Id, [note], "OutcomeNote");
        await AssertNotAuditedAsync(referral.Id, [note]);
        Assert.Contains(note, (await coordinator.GetPageAsync($"/Referrals/Details/{referral.Id}")).Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Guid> CaseAsync(int sequence) => (await app.Factory.Arrange.Case().Coded(2026, sequence)).Id;

    private Task<TestClient> AsAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    // Plain SQL on the file, past EF and its converters: what a copied database would show.
    private async Task AssertCiphertextAsync(string table, Guid id, string[] texts, params string[] columns)
    {
        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {table} WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "row not found");
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var raw = reader.GetString(i);
            Assert.All(texts, t => Assert.DoesNotContain(t, raw, StringComparison.OrdinalIgnoreCase));

            // Data Protection payloads start with its magic header (base64url "CfDJ8").
            Assert.StartsWith("CfDJ8", raw, StringComparison.Ordinal);
        }
    }

    private async Task AssertNotAuditedAsync(Guid id, string[] texts)
    {
        var changes = await app.Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id && a.Changes != null).Select(a => a.Changes!).ToListAsync());
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.All(texts, t => Assert.DoesNotContain(t, c, StringComparison.OrdinalIgnoreCase)));
    }
}
