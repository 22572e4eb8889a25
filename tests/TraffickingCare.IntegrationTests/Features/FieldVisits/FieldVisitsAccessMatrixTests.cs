using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.FieldVisits;

/// <summary>Every field-visit route that takes an id, for every role, against an own, another's and a restricted case.</summary>
public sealed class FieldVisitsAccessMatrixTests(FieldVisitsAccessMatrixTests.Arranged arranged) : IClassFixture<FieldVisitsAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, (Guid Case, Guid Visit)> cases = arranged.Cases;

    /// <summary>
    /// One app and its records for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, (Guid Case, Guid Visit)> Cases { get; } = [];

        protected override async Task ArrangeAsync()
        {
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                Cases[which] = await CaseWithVisitAsync(Factory, await arrangement, which == "own" ? "radnik" : "radnik2");
            }
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "koordinator", "other", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.OK },
        { "rukovodstvo", "restricted", HttpStatusCode.NotFound },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_field_visits(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, visitId) = cases[which];

        Assert.Equal(expected, (await client.Http.GetAsync($"/Cases/{caseId}/FieldVisits")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Cases/{caseId}/FieldVisits/{visitId}")).StatusCode);
    }

    [Fact]
    public async Task A_visit_is_not_reached_through_another_case()
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");

        var response = await client.Http.GetAsync($"/Cases/{cases["own"].Case}/FieldVisits/{cases["other"].Visit}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> Writes => new()
    {
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Recording_and_correcting_visits(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, visitId) = cases[which];
        var fields = new[] { ("VisitForm.Place", "Home"), ("VisitForm.On", "01.11.2026."), ("VisitForm.PurposeCode", "Other"), ("VisitForm.Participants", "u:x"), ("VisitForm.Version", "1") };

        Assert.Equal(expected, (await client.PostWithTokenAsync($"/Cases/{caseId}/FieldVisits", fields)).StatusCode);
        Assert.Equal(expected, (await client.PostWithTokenAsync($"/Cases/{caseId}/FieldVisits/{visitId}", fields)).StatusCode);
        var visits = await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().Where(v => v.CaseId == caseId).ToListAsync());
        Assert.Equal("Assessment", Assert.Single(visits).PurposeCode);
    }

    private static async Task<(Guid, Guid)> CaseWithVisitAsync(AppFactory factory, TraffickingCare.Domain.Cases.CaseFile file, string author)
    {
        var authorId = await factory.Arrange.UserIdAsync(author);
        var now = factory.Arrange.Now;
        var today = DateOnly.FromDateTime(now);
        var visit = FieldVisit.Record(file.Id, new FieldVisitDetails(today.AddDays(-1), VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(authorId)], "Ishod.", null, null), authorId, now, today);
        await factory.WithDbAsync(db =>
        {
            db.FieldVisits.Add(visit);
            return db.SaveChangesAsync();
        });
        return (file.Id, visit.Id);
    }
}
