using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Services;

/// <summary>Every services route that takes an id, for every role, against an own, another's and a restricted case.</summary>
public sealed class ServicesAccessMatrixTests(ServicesAccessMatrixTests.Arranged arranged) : IClassFixture<ServicesAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, (Guid Case, Guid Service)> cases = arranged.Cases;

    /// <summary>
    /// One app and its records for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, (Guid Case, Guid Service)> Cases { get; } = [];

        protected override async Task ArrangeAsync()
        {
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                Cases[which] = await CaseWithServiceAsync(Factory, await arrangement, which == "own" ? "radnik" : "radnik2");
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
    public async Task Reading_services(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, serviceId) = cases[which];

        Assert.Equal(expected, (await client.Http.GetAsync($"/Cases/{caseId}/Services")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Cases/{caseId}/Services/{serviceId}")).StatusCode);
    }

    [Fact]
    public async Task A_service_is_not_reached_through_another_case()
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");

        var response = await client.Http.GetAsync($"/Cases/{cases["own"].Case}/Services/{cases["other"].Service}");

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
    public async Task Logging_and_correcting_services(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (caseId, serviceId) = cases[which];
        var fields = new[] { ("ServiceForm.TypeCode", "Legal"), ("ServiceForm.On", "01.11.2026."), ("ServiceForm.DurationMinutes", "999"), ("ServiceForm.GivenBy", "u:x"), ("ServiceForm.Version", "1") };

        Assert.Equal(expected, (await client.PostWithTokenAsync($"/Cases/{caseId}/Services", fields)).StatusCode);
        Assert.Equal(expected, (await client.PostWithTokenAsync($"/Cases/{caseId}/Services/{serviceId}", fields)).StatusCode);
        var services = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync());
        Assert.Equal(30, Assert.Single(services).DurationMinutes);
    }

    private static async Task<(Guid, Guid)> CaseWithServiceAsync(AppFactory factory, TraffickingCare.Domain.Cases.CaseFile file, string author)
    {
        var authorId = await factory.Arrange.UserIdAsync(author);
        var now = factory.Arrange.Now;
        var service = CaseService.Log(file.Id, new ServiceDetails("SocialCare", DateOnly.FromDateTime(now).AddDays(-1), 30, StaffOrPartner.Staff(authorId), "Beleška."), authorId, now, DateOnly.FromDateTime(now));
        await factory.WithDbAsync(db =>
        {
            db.CaseServices.Add(service);
            return db.SaveChangesAsync();
        });
        return (file.Id, service.Id);
    }
}
