using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

/// <summary>
/// Every referral route that takes an id, for every role, against a referral the caseworker logged and
/// one someone else logged: nobody reaches a referral by changing the id in the address.
/// </summary>
public sealed class ReferralAccessMatrixTests(ReferralAccessMatrixTests.Arranged arranged) : IClassFixture<ReferralAccessMatrixTests.Arranged>
{
    private readonly AppFactory factory = arranged.Factory;
    private readonly Dictionary<string, Guid> referrals = arranged.Referrals;

    /// <summary>
    /// One app and its two referrals for the whole matrix: every case here is refused, or only read, so none disturbs
    /// another (a change that got through would fail its own case and those after it).
    /// </summary>
    public sealed class Arranged : AppFixture
    {
        public Dictionary<string, Guid> Referrals { get; } = [];

        protected override async Task ArrangeAsync()
        {
            Referrals["own"] = (await Factory.Arrange.Referral().LoggedBy("radnik")).Id;
            Referrals["other"] = (await Factory.Arrange.Referral()).Id;
        }
    }

    public static TheoryData<string, string, HttpStatusCode> Reads => new()
    {
        { "radnik", "own", HttpStatusCode.OK },
        { "radnik", "other", HttpStatusCode.NotFound },
        { "radnik2", "own", HttpStatusCode.NotFound },
        { "koordinator", "other", HttpStatusCode.OK },
        { "rukovodstvo", "own", HttpStatusCode.Forbidden },
        { "prihvatiliste", "own", HttpStatusCode.Forbidden },
        { "admin", "own", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_a_referral(string user, string which, HttpStatusCode expected)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync($"/Referrals/Details/{referrals[which]}")).StatusCode);
    }

    public static TheoryData<string, string> Triagers
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var action in new[] { "Assign", "Triage", "FindPerson" })
            {
                foreach (var user in new[] { "radnik", "rukovodstvo", "prihvatiliste", "admin" })
                {
                    data.Add(action, user);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Triagers))]
    public async Task Only_the_coordinator_assigns_and_triages(string action, string user)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.PostWithTokenAsync(
            $"/Referrals/{action}/{referrals["own"]}",
            ("Version", "1"), ("AssigneeId", "x"), ("Triage.Form.Version", "1"), ("Triage.Form.Outcome", "Reject"), ("Triage.Form.Reason", "Pokušaj"), ("Triage.Search.Name", "Ana"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var referral = await factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referrals["own"]));
        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.Null(referral.AssigneeId);
    }

    [Fact]
    public async Task A_triage_of_an_unknown_id_is_not_found()
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync("koordinator");

        var response = await client.PostWithTokenAsync(
            $"/Referrals/Triage/{Guid.CreateVersion7()}", ("Triage.Form.Version", "1"), ("Triage.Form.Outcome", "Reject"), ("Triage.Form.Reason", "x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
