using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

/// <summary>
/// The register counts up to <c>Referrals:CountLimit</c> (here 25, one page), as the decision register does: past it,
/// it says "more than 25" and pages through the first 25 in its order only, the filters narrowing the rest; at or under
/// the limit the count is exact. 25 referrals from the police, received a minute apart, and 9 from an NGO, older.
/// </summary>
public sealed class ReferralRegisterCountLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        factory.Settings["Referrals:CountLimit"] = "25";
        using var _ = factory.CreateTestClient();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            for (var i = 0; i < 34; i++)
            {
                var receipt = new ReferralReceipt(now.AddMinutes(-30 - i), "Phone", i < 25 ? "Police" : "Ngo", null, null, "RS-BEOGRAD",
                    ReferredPerson.Unknown, null, UrgencyIndicators.None);
                db.Referrals.Add(Referral.Log(receipt, ResponseTargets.Default, "someone-else", now));
            }

            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static List<string> Received(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#register tbody tr td:first-child").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task Past_the_limit_the_register_says_more_than_it_and_pages_through_the_first_in_its_order_only()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var first = await coordinator.GetPageAsync("/Referrals");
        var beyond = await coordinator.GetPageAsync("/Referrals?page=2");
        var byDeadline = await coordinator.GetPageAsync("/Referrals?Sort=deadline");

        Assert.Equal(Ui.Text("Referrals.Register.CountMoreThan", 25), first.QuerySelector("#register-count")!.TextContent);
        Assert.Equal(25, Received(first).Count);
        Assert.Null(first.QuerySelector(".pagination"));
        Assert.Equal(Received(first), Received(beyond));

        // The soonest deadlines are the oldest referrals: the NGO's nine, then the police's 16 oldest (the 10th to the
        // 25th newest), all of them on the newest-first page too.
        var byDeadlineRows = Received(byDeadline);
        Assert.Equal(25, byDeadlineRows.Count);
        Assert.DoesNotContain(byDeadlineRows[0], Received(first));
        Assert.DoesNotContain(Received(first)[0], byDeadlineRows);
        Assert.Equal(16, byDeadlineRows.Intersect(Received(first)).Count());
    }

    [Fact]
    public async Task At_or_under_the_limit_the_count_is_exact()
    {
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var atLimit = await coordinator.GetPageAsync("/Referrals?Sector=Police");
        var ngo = await coordinator.GetPageAsync("/Referrals?Sector=Ngo");
        var none = await coordinator.GetPageAsync("/Referrals?Sector=Csw");

        Assert.Equal(Ui.Text("Referrals.Register.Count", 25), atLimit.QuerySelector("#register-count")!.TextContent);
        Assert.Equal(25, Received(atLimit).Count);
        Assert.Equal(Ui.Text("Referrals.Register.Count", 9), ngo.QuerySelector("#register-count")!.TextContent);
        Assert.Equal(9, Received(ngo).Count);
        Assert.Equal(Ui.Text("Referrals.Register.Count", 0), none.QuerySelector("#register-count")!.TextContent);
    }
}
