using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>Every identification route that takes an id, for every role: the team edits, the coordinator approves, management reads.</summary>
public sealed class IdentificationAccessTests(IdentificationAccessTests.Arranged arranged) : IClassFixture<IdentificationAccessTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Guid caseId = arranged.CaseId;
    private readonly Guid findingsId = arranged.FindingsId;

    /// <summary>One app and one case with a draft for the whole matrix: every case here only reads or is refused.</summary>
    public sealed class Arranged : AppFixture
    {
        public Guid CaseId { get; private set; }

        public Guid FindingsId { get; private set; }

        protected override async Task ArrangeAsync()
        {
            var file = await Factory.Arrange.Case();
            var findings = FindingsAndOpinion.Draft(file.Id, file.LeadCaseworkerId);
            await Factory.WithDbAsync(db =>
            {
                db.Findings.Add(findings);
                return db.SaveChangesAsync();
            });
            CaseId = file.Id;
            FindingsId = findings.Id;
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
    };

    private string Url(string template) => template.Replace("{case}", caseId.ToString()).Replace("{findings}", findingsId.ToString());

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
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Writing(string user, string route, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync(Url(route), ("Form.Version", "1"), ("Form.Opinion", "Pokušaj"), ("version", "1"), ("ReturnForm.Version", "1"), ("ReturnForm.Reason", "Pokušaj"));

        Assert.Equal(expected, response.StatusCode);
        var findings = await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findingsId));
        Assert.Null(findings.Opinion);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Findings.CountAsync(f => f.CaseId == caseId)));
        Assert.False(await factory.WithDbAsync(db => db.PreliminaryChecklists.AnyAsync(c => c.CaseId == caseId)));
    }

    [Fact]
    public async Task A_draft_is_not_downloadable()
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Identification/Pdf/{findingsId}")).StatusCode);
    }
}
