using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>
/// Every identification route that takes an id, for every role: the team edits, the coordinator approves, management
/// reads; and the same routes on another caseworker's restricted case, with its checklist and a final document.
/// </summary>
public sealed class IdentificationAccessTests(IdentificationAccessTests.Arranged arranged) : IClassFixture<IdentificationAccessTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Guid caseId = arranged.CaseId;
    private readonly Guid findingsId = arranged.FindingsId;

    /// <summary>
    /// One app for the whole matrix, every case here only read or refused: radnik's case with a draft, and radnik2's
    /// restricted case with a started checklist and an approved findings and opinion.
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Guid CaseId { get; private set; }

        public Guid FindingsId { get; private set; }

        public Guid RestrictedId { get; private set; }

        public Guid FinalId { get; private set; }

        protected override async Task ArrangeAsync()
        {
            var file = await Factory.Arrange.Case();
            var findings = FindingsAndOpinion.Draft(file.Id, file.LeadCaseworkerId);
            var restricted = await Factory.Arrange.Case().LedBy("radnik2").Restricted();
            var users = await Factory.Arrange.UserIdsAsync();
            var now = Factory.Arrange.Now;
            var final = FindingsAndOpinion.Draft(restricted.Id, users["radnik2"]);
            final.Edit(new FindingsSections("Osnov", "Izvori", "Činjenice", "Analiza", "Mišljenje"), IdentificationDecision.NotIdentified, [], users["koordinator"], users["radnik2"]);
            final.Submit(now);
            final.Approve(users["rukovodstvo"], now, DateOnly.FromDateTime(now));
            await Factory.WithDbAsync(async db =>
            {
                var version = await db.IdentificationIndicators.MaxAsync(i => i.SetVersion);
                db.PreliminaryChecklists.Add(PreliminaryChecklist.Start(restricted.Id, version, await db.IdentificationIndicators.ToListAsync()));
                db.Findings.AddRange(findings, final);
                await db.SaveChangesAsync();
            });
            CaseId = file.Id;
            FindingsId = findings.Id;
            RestrictedId = restricted.Id;
            FinalId = final.Id;
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "/Identification/Case/{case}", HttpStatusCode.OK },
        { "radnik", "/Identification/Findings/{findings}", HttpStatusCode.OK },
        { "radnik2", "/Identification/Case/{case}", HttpStatusCode.NotFound },
        { "radnik2", "/Identification/Findings/{findings}", HttpStatusCode.NotFound },
        { "koordinator", "/Identification/Findings/{findings}", HttpStatusCode.OK },
        { "rukovodstvo", "/Identification/Case/{case}", HttpStatusCode.OK },
        { "rukovodstvo", "/Identification/Findings/{findings}", HttpStatusCode.OK },
        { "prihvatiliste", "/Identification/Case/{case}", HttpStatusCode.Forbidden },
        { "prihvatiliste", "/Identification/Findings/{findings}", HttpStatusCode.Forbidden },
        { "admin", "/Identification/Case/{case}", HttpStatusCode.Forbidden },
        { "admin", "/Identification/Pdf/{findings}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/Case/{restricted}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/Checklist/{restricted}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/Findings/{final}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/Pdf/{final}", HttpStatusCode.NotFound },
        { "radnik2", "/Identification/Case/{restricted}", HttpStatusCode.OK },
        { "radnik2", "/Identification/Checklist/{restricted}", HttpStatusCode.OK },
        { "radnik2", "/Identification/Pdf/{final}", HttpStatusCode.OK },
        { "koordinator", "/Identification/Case/{restricted}", HttpStatusCode.OK },
        { "koordinator", "/Identification/Checklist/{restricted}", HttpStatusCode.OK },
        { "koordinator", "/Identification/Findings/{final}", HttpStatusCode.OK },
        { "koordinator", "/Identification/Pdf/{final}", HttpStatusCode.OK },
        { "rukovodstvo", "/Identification/Case/{restricted}", HttpStatusCode.NotFound },
        { "rukovodstvo", "/Identification/Checklist/{restricted}", HttpStatusCode.NotFound },
        { "rukovodstvo", "/Identification/Findings/{final}", HttpStatusCode.NotFound },
        { "rukovodstvo", "/Identification/Pdf/{final}", HttpStatusCode.NotFound },
        { "prihvatiliste", "/Identification/Checklist/{restricted}", HttpStatusCode.Forbidden },
        { "prihvatiliste", "/Identification/Pdf/{final}", HttpStatusCode.Forbidden },
        { "admin", "/Identification/Checklist/{restricted}", HttpStatusCode.Forbidden },
    };

    private string Url(string template) => template
        .Replace("{case}", caseId.ToString()).Replace("{findings}", findingsId.ToString())
        .Replace("{restricted}", arranged.RestrictedId.ToString()).Replace("{final}", arranged.FinalId.ToString());

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading(string user, string route, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(Url(route))).StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> Writes => new()
    {
        { "radnik2", "/Identification/StartChecklist/{case}", HttpStatusCode.NotFound },
        { "radnik2", "/Identification/Findings/{findings}", HttpStatusCode.NotFound },
        { "radnik2", "/Identification/Correct/{findings}", HttpStatusCode.NotFound },
        { "rukovodstvo", "/Identification/StartChecklist/{case}", HttpStatusCode.Forbidden },
        { "rukovodstvo", "/Identification/Findings/{findings}", HttpStatusCode.Forbidden },
        { "rukovodstvo", "/Identification/Approve/{findings}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/Approve/{findings}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/ReturnToDraft/{findings}", HttpStatusCode.Forbidden },
        { "prihvatiliste", "/Identification/StartFindings/{case}", HttpStatusCode.Forbidden },
        { "admin", "/Identification/Checklist/{case}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/RevealFindings/{findings}", HttpStatusCode.Forbidden },
        { "koordinator", "/Identification/RevealInterviews/{case}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/Pdf/{findings}", HttpStatusCode.Forbidden },
        { "rukovodstvo", "/Identification/Pdf/{findings}", HttpStatusCode.NotFound },
        { "prihvatiliste", "/Identification/RevealChecklist/{case}", HttpStatusCode.Forbidden },
        { "radnik", "/Identification/AddInterview/{restricted}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/AddSource/{restricted}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/Checklist/{restricted}", HttpStatusCode.NotFound },
        { "radnik", "/Identification/Correct/{final}", HttpStatusCode.NotFound },
        { "rukovodstvo", "/Identification/AddInterview/{restricted}", HttpStatusCode.Forbidden },
        { "rukovodstvo", "/Identification/Pdf/{final}", HttpStatusCode.NotFound },
        { "prihvatiliste", "/Identification/AddSource/{restricted}", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Writing(string user, string route, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync(
            Url(route), ("Form.Version", "1"), ("Form.Opinion", "Pokušaj"), ("version", "1"), ("ReturnForm.Version", "1"), ("ReturnForm.Reason", "Pokušaj"), ("reason", "Pokušaj"),
            ("InterviewForm.HeldOn", "01.03.2026."), ("InterviewForm.Interviewers", "Pokušaj"), ("InterviewForm.DurationMinutes", "30"),
            ("SourceForm.Institution", "Pokušaj"), ("SourceForm.Document", "Pokušaj"), ("SourceForm.ReceivedOn", "01.03.2026."));

        Assert.Equal(expected, response.StatusCode);
        var findings = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingsId));
        Assert.Null(findings.Opinion);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.CaseId == caseId)));
        Assert.False(await factory.WithDbAsync(db => db.PreliminaryChecklists.AnyAsync(c => c.CaseId == caseId)));
        Assert.False(await factory.WithDbAsync(db => db.Interviews.AnyAsync(i => i.CaseId == arranged.RestrictedId)));
        Assert.False(await factory.WithDbAsync(db => db.InformationSources.AnyAsync(i => i.CaseId == arranged.RestrictedId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.CaseId == arranged.RestrictedId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PreliminaryChecklists.Where(c => c.CaseId == arranged.RestrictedId).SelectMany(c => c.Responses).CountAsync(r => r.Answer != IndicatorAnswer.Unknown)));
    }

    [Fact]
    public async Task A_draft_is_not_downloadable()
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Identification/Pdf/{findingsId}")).StatusCode);
    }
}
