using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// Arranges what a test needs but does not walk through: cases, referrals and signed-in clients, in the
/// real app's database at the app's own (fake) time. A test reads as what it starts from:
/// <c>await arrange.Case().LedBy("radnik2").WithTeam("radnik").Restricted()</c>,
/// <c>await arrange.Referral().Overdue().AssignedTo("radnik")</c>, <c>await arrange.SignedInAsync("koordinator")</c>.
/// </summary>
public sealed class Arrange(AppFactory factory)
{
    /// <summary>Who logged a referral when the test does not care: nobody the demo users know, so only the coordinator sees it.</summary>
    public const string Outsider = "someone-else";

    public AppFactory Factory => factory;

    /// <summary>The app's clock now, as the UTC instants the domain takes.</summary>
    public DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>The Centre's calendar day now (Belgrade time), as deadlines and due dates count it.</summary>
    public DateOnly Today => new CentreClock(factory.Clock).Today;

    public CaseArrangement Case() => new(this);

    /// <summary>
    /// The three cases an access matrix tries each route on: one led by radnik ("own"), one led by radnik2 ("other"),
    /// and one of radnik2's that is restricted ("restricted"), each still to be awaited (and added to).
    /// </summary>
    public IEnumerable<(string Which, CaseArrangement Case)> MatrixCases() =>
    [
        ("own", Case()),
        ("other", Case().LedBy("radnik2")),
        ("restricted", Case().LedBy("radnik2").Restricted()),
    ];

    public ReferralArrangement Referral() => new(this);

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<TestClient> SignedInAsync(string userName)
    {
        var client = factory.CreateTestClient();
        await client.SignInAsync(userName);
        return client;
    }

    public Task<string> UserIdAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Every user's id by user name (starts the app first, so the demo users are seeded).</summary>
    public Task<Dictionary<string, string>> UserIdsAsync()
    {
        _ = factory.Server;
        return factory.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id));
    }

    /// <summary>Retires a value of a code list, as an administrator does on the code lists' page; returns it as it is now.</summary>
    public Task<CodeListItem> RetireCodeAsync(string list, string code) =>
        factory.WithDbAsync(async db =>
        {
            var item = await db.CodeListItems.SingleAsync(c => c.List == list && c.Code == code);
            item.Deactivate();
            await db.SaveChangesAsync();
            return item;
        });
}
