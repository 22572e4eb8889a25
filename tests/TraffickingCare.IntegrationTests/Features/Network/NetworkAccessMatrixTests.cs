using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Network;

/// <summary>
/// Every network route that takes an id, for every role, against an own, another's and a restricted case (each with
/// one actor): nobody reaches a network by changing an id in the address, and a refused change leaves the actor as it was.
/// </summary>
public sealed class NetworkAccessMatrixTests(NetworkAccessMatrixTests.Arranged arranged) : IClassFixture<NetworkAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, Guid> cases = arranged.Cases;
    private readonly Dictionary<string, Guid> actors = arranged.Actors;
    private readonly Partner partner = arranged.Partner;

    /// <summary>
    /// One app and its three cases for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, Guid> Cases { get; } = [];

        public Dictionary<string, Guid> Actors { get; } = [];

        public Partner Partner { get; private set; } = null!;

        protected override async Task ArrangeAsync()
        {
            Partner = await Factory.PartnerAsync("Centar za socijalni rad Niš", Sector.SocialProtection);
            foreach (var (which, arrangement) in Factory.Arrange.MatrixCases())
            {
                Cases[which] = (await arrangement).Id;
                Actors[which] = (await Factory.ActorAsync(Cases[which], Partner, "CaseManagement")).Id;
            }
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "radnik2", "other", HttpStatusCode.OK },
        { "koordinator", "own", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.OK },
        { "rukovodstvo", "restricted", HttpStatusCode.NotFound },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_a_network(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/{cases[which]}/Network");

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> ActorPages => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik", "restricted", HttpStatusCode.NotFound },
        { "koordinator", "other", HttpStatusCode.OK },
        { "koordinator", "restricted", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ActorPages))]
    public async Task Opening_an_actor(string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.Http.GetAsync($"/Cases/{cases[which]}/Network/{actors[which]}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_actor_of_another_case_is_not_found_under_ones_own_case()
    {
        using var client = await factory.Arrange.SignedInAsync("radnik");

        var page = await client.Http.GetAsync($"/Cases/{cases["own"]}/Network/{actors["other"]}");
        var end = await client.PostWithTokenAsync($"/Cases/{cases["own"]}/Network/{actors["other"]}/End", ("EndForm.Version", "1"), ("EndForm.On", Today()));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, end.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.NetworkActors.Where(a => a.Id == actors["other"]).Select(a => a.EndedOn).SingleAsync()));
    }

    public static TheoryData<string, string, string, HttpStatusCode> Writes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var action in new[] { "Add", "Save", "Contact", "End" })
            {
                data.Add(action, "radnik", "other", HttpStatusCode.NotFound);
                data.Add(action, "radnik", "restricted", HttpStatusCode.NotFound);
                data.Add(action, "rukovodstvo", "own", HttpStatusCode.Forbidden);
                data.Add(action, "prihvatiliste", "own", HttpStatusCode.Forbidden);
                data.Add(action, "admin", "own", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Changing_a_network(string action, string user, string which, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var (url, prefix) = action switch
        {
            "Add" => ($"/Cases/{cases[which]}/Network", "AddForm"),
            "Save" => ($"/Cases/{cases[which]}/Network/{actors[which]}", "Form"),
            _ => ($"/Cases/{cases[which]}/Network/{actors[which]}/{action}", action + "Form"),
        };

        var response = await client.PostWithTokenAsync(url,
            ($"{prefix}.Version", "1"), ($"{prefix}.PartnerId", partner.Id.ToString()), ($"{prefix}.RoleCode", "LegalAid"), ($"{prefix}.On", Today()));

        Assert.Equal(expected, response.StatusCode);
        var rows = await factory.WithDbAsync(db => db.NetworkActors.AsNoTracking().Where(a => a.CaseId == cases[which]).ToListAsync());
        var actor = Assert.Single(rows);
        Assert.Equal("CaseManagement", actor.RoleCode);
        Assert.Null(actor.EndedOn);
        Assert.Null(actor.LastContactOn);
    }

    [Fact]
    public async Task Every_allowed_view_of_a_network_is_in_the_audit_trail()
    {
        using var client = await factory.Arrange.SignedInAsync("koordinator");
        var (caseViews, actorViews) = (await ViewsAsync(cases["restricted"]), await ViewsAsync(actors["restricted"]));

        await client.GetPageAsync($"/Cases/{cases["restricted"]}/Network");
        await client.GetPageAsync($"/Cases/{cases["restricted"]}/Network/{actors["restricted"]}");

        // Other cases of the matrix may have viewed them before: these views add their own entries.
        Assert.True(await ViewsAsync(cases["restricted"]) > caseViews);
        Assert.True(await ViewsAsync(actors["restricted"]) > actorViews);

        Task<int> ViewsAsync(Guid id) => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed));
    }

    private string Today() => Web.Infrastructure.Time.CentreClock.FormatDate(factory.Arrange.Today);
}
