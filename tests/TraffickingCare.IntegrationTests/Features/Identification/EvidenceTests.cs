using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>Interviews and other sources: logged by the team, the interview's summary encrypted and shown only to those who work the case.</summary>
public sealed class EvidenceTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> CaseAsync(int sequence) => (await app.Factory.Arrange.Case().Coded(2026, sequence)).Id;

    private Task<TestClient> AsAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    [Fact]
    public async Task The_team_logs_an_interview_and_a_source_and_management_sees_only_that_and_when_without_a_reason()
    {
        var id = await CaseAsync(4301);
        using var lead = await AsAsync("radnik");
        var page = await lead.GetPageAsync($"/Identification/Case/{id}");

        var interview = await lead.SubmitAsync(page, "form#interview-form", new Dictionary<string, string>
        {
            ["InterviewForm.HeldOn"] = "02.03.2026.",
            ["InterviewForm.Place"] = "Prostorije Centra",
            ["InterviewForm.DurationMinutes"] = "90",
            ["InterviewForm.Interviewers"] = "Stručni radnik A, stručni radnik B",
            ["InterviewForm.Interpreter"] = "Prevodilac za albanski jezik",
            ["InterviewForm.Summary"] = "Korisnica opisuje zadržavanje pasoša (sinteticki-trag-7731).",
        });
        var source = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Case/{id}"), "form#source-form", new Dictionary<string, string>
        {
            ["SourceForm.Institution"] = "Policijska uprava",
            ["SourceForm.Document"] = "Službena beleška",
            ["SourceForm.ReceivedOn"] = "01.03.2026.",
        });

        Assert.Equal(HttpStatusCode.Redirect, interview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, source.StatusCode);
        var shown = await lead.GetPageAsync($"/Identification/Case/{id}");
        Assert.Contains("sinteticki-trag-7731", shown.QuerySelector("#interviews")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Službena beleška", shown.QuerySelector("#sources")!.TextContent, StringComparison.Ordinal);
        var raw = await app.Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT Summary AS Value FROM Interviews").ToListAsync());
        Assert.DoesNotContain(raw, s => s.Contains("sinteticki-trag-7731", StringComparison.Ordinal));

        using var management = await AsAsync("rukovodstvo");
        var read = await management.GetPageAsync($"/Identification/Case/{id}");
        // That an interview took place and when, not where, with whom or what was said (issue 8: one need-to-know rule).
        Assert.Contains("02.03.2026.", read.QuerySelector("#interviews")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("01.03.2026.", read.QuerySelector("#sources")!.TextContent, StringComparison.Ordinal);
        foreach (var withheld in new[] { "sinteticki-trag-7731", "Prostorije Centra", "Stručni radnik A", "albanski", "Policijska uprava", "Službena beleška" })
        {
            Assert.DoesNotContain(withheld, read.Source.Text, StringComparison.Ordinal);
        }
        Assert.Null(read.QuerySelector("form#interview-form"));
    }

    [Fact]
    public async Task A_future_date_or_a_bad_duration_is_refused_and_everything_typed_stays()
    {
        var id = await CaseAsync(4302);
        using var lead = await AsAsync("radnik");
        var page = await lead.GetPageAsync($"/Identification/Case/{id}");

        var refused = await TestClient.ParseAsync(await lead.SubmitAsync(page, "form#interview-form", new Dictionary<string, string>
        {
            ["InterviewForm.HeldOn"] = "01.01.2999.",
            ["InterviewForm.Place"] = "Teren",
            ["InterviewForm.DurationMinutes"] = "sat vremena",
            ["InterviewForm.Interviewers"] = "Tim",
            ["InterviewForm.Summary"] = "Zadržani sažetak",
        }));

        Assert.Equal(Ui.Text("Identification.Errors.DateInvalid"), refused.QuerySelector("#InterviewForm_HeldOn-error")!.TextContent);
        Assert.Equal(Ui.Text("Identification.Errors.DurationInvalid"), refused.QuerySelector("#InterviewForm_DurationMinutes-error")!.TextContent);
        Assert.Equal("sat vremena", refused.QuerySelector("#InterviewForm_DurationMinutes")!.GetAttribute("value"));
        Assert.Equal("Zadržani sažetak", refused.QuerySelector("#InterviewForm_Summary")!.TextContent);
        Assert.False(await app.Factory.WithDbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == id)));
    }

    [Theory]
    [InlineData("radnik2", HttpStatusCode.NotFound)]
    [InlineData("rukovodstvo", HttpStatusCode.Forbidden)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Nobody_outside_the_team_logs_evidence(string user, HttpStatusCode expected)
    {
        var id = await CaseAsync(4310 + user.Length);
        using var client = await AsAsync(user);

        var interview = await client.PostWithTokenAsync($"/Identification/AddInterview/{id}",
            ("InterviewForm.HeldOn", "02.03.2026."), ("InterviewForm.Place", "X"), ("InterviewForm.DurationMinutes", "10"), ("InterviewForm.Interviewers", "X"));
        var source = await client.PostWithTokenAsync($"/Identification/AddSource/{id}",
            ("SourceForm.Institution", "X"), ("SourceForm.Document", "X"), ("SourceForm.ReceivedOn", "02.03.2026."));

        Assert.Equal(expected, interview.StatusCode);
        Assert.Equal(expected, source.StatusCode);
        Assert.False(await app.Factory.WithDbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == id)));
        Assert.False(await app.Factory.WithDbAsync(db => db.InformationSources.AnyAsync(i => i.CaseId == id)));
    }
}
