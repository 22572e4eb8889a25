using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

public sealed class ReferralRegisterTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private string caseworkerId = string.Empty;

    public async Task InitializeAsync()
    {
        using var _ = factory.CreateTestClient();
        caseworkerId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task SeedAsync(int count, string sector, bool urgent, string loggedBy, int minutesAgo = 30)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            for (var i = 0; i < count; i++)
            {
                var receipt = new ReferralReceipt(now.AddMinutes(-minutesAgo - i), "Phone", sector, null, null, "RS-BEOGRAD",
                    ReferredPerson.Unknown, null, UrgencyIndicators.None with { Child = urgent });
                db.Referrals.Add(Referral.Log(receipt, ResponseTargets.Default, loggedBy, now));
            }

            return db.SaveChangesAsync();
        });
    }

    private Task<TestClient> SignedInAsync(string user) => factory.Arrange.SignedInAsync(user);

    private static int Rows(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("#register tbody tr").Length;

    [Fact]
    public async Task Filters_and_paging_happen_in_the_database()
    {
        await SeedAsync(30, "Police", urgent: false, loggedBy: "someone-else");
        await SeedAsync(4, "Ngo", urgent: true, loggedBy: "someone-else");
        using var coordinator = await SignedInAsync("koordinator");

        var all = await coordinator.GetPageAsync("/Referrals");
        var ngo = await coordinator.GetPageAsync("/Referrals?Sector=Ngo");
        var urgent = await coordinator.GetPageAsync("/Referrals?UrgentOnly=true");
        var secondPage = await coordinator.GetPageAsync("/Referrals?page=2");

        Assert.Equal(25, Rows(all));
        Assert.Contains("34", all.QuerySelector("#register-count")!.TextContent);
        Assert.Equal(4, Rows(ngo));
        Assert.Equal(4, Rows(urgent));
        Assert.Equal(9, Rows(secondPage));
    }

    [Fact]
    public async Task A_malformed_checkbox_value_lists_unfiltered_instead_of_failing()
    {
        // sqlmap's probes (?UrgentOnly=true') made the checkbox tag helper throw while rendering the filter.
        await SeedAsync(30, "Police", urgent: false, loggedBy: "someone-else");
        await SeedAsync(4, "Ngo", urgent: true, loggedBy: "someone-else");
        using var coordinator = await SignedInAsync("koordinator");

        var page = await coordinator.GetPageAsync("/Referrals?UrgentOnly=true%27&OverdueOnly=yes&Sector=Ngo");

        Assert.Equal(4, Rows(page));
        Assert.False(page.QuerySelector("#f-urgent")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector("#f-overdue")!.HasAttribute("checked"));
        Assert.Equal(25, Rows(await coordinator.GetPageAsync("/Referrals?UrgentOnly=1%20AND%201=1")));
    }

    [Theory]
    [InlineData("From=29.02.2025.", "f-from", "Common.Filter.DateInvalid", 4)]
    [InlineData("To=31,12,2024", "f-to", "Common.Filter.DateInvalid", 4)]
    [InlineData("From=31.12.2025.&To=01.01.2025.", "f-to", "Common.Filter.PeriodOrder", 0)]
    public async Task A_date_the_register_cannot_use_is_said_under_its_field_with_what_was_typed_kept(string query, string field, string messageKey, int rows)
    {
        await SeedAsync(4, "Ngo", urgent: false, loggedBy: "someone-else");
        using var coordinator = await SignedInAsync("koordinator");

        var page = await coordinator.GetPageAsync("/Referrals?" + query);

        Assert.Equal(Ui.Text(messageKey), page.QuerySelector(field == "f-from" ? "#From-error" : "#To-error")!.TextContent.Trim());
        Assert.Equal(query.Split('&').Single(p => p.StartsWith(field == "f-from" ? "From=" : "To=", StringComparison.Ordinal))[(field == "f-from" ? 5 : 3)..], page.QuerySelector($"#{field}")!.GetAttribute("value"));
        Assert.Equal(rows, Rows(page));
        Assert.Equal(string.Empty, (await coordinator.GetPageAsync("/Referrals?From=01.01.2020.")).QuerySelector("#From-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Overdue_referrals_are_marked_once_the_fake_clock_passes_their_deadline()
    {
        // Received 1 h 58 min (and 1 h 59 min) ago: two urgent referrals a few minutes from their deadline.
        await SeedAsync(2, "Police", urgent: true, loggedBy: "someone-else", minutesAgo: 118);
        using var coordinator = await SignedInAsync("koordinator");
        Assert.Equal(0, Rows(await coordinator.GetPageAsync("/Referrals?OverdueOnly=true")));

        factory.Clock.Advance(TimeSpan.FromMinutes(3));

        var overdue = await coordinator.GetPageAsync("/Referrals?OverdueOnly=true");
        Assert.Equal(2, Rows(overdue));
        Assert.Equal(2, overdue.QuerySelectorAll("#register tr.table-warning").Length);
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_referrals_they_logged_or_were_assigned()
    {
        await SeedAsync(3, "Police", urgent: false, loggedBy: caseworkerId);
        await SeedAsync(5, "Police", urgent: false, loggedBy: "someone-else");
        using var caseworker = await SignedInAsync("radnik");

        var page = await caseworker.GetPageAsync("/Referrals");

        Assert.Equal(3, Rows(page));
    }

    [Fact]
    public async Task The_number_of_sql_commands_per_page_does_not_grow_with_the_register()
    {
        using var coordinator = await SignedInAsync("koordinator");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        await SeedAsync(30, "Police", urgent: false, loggedBy: "someone-else");
        counter.Reset();
        await coordinator.GetPageAsync("/Referrals");
        var small = counter.Count;

        await SeedAsync(300, "Police", urgent: true, loggedBy: "someone-else");
        counter.Reset();
        await coordinator.GetPageAsync("/Referrals");

        Assert.True(small > 0);
        Assert.Equal(small, counter.Count);
    }

    [Fact]
    public async Task The_coordinator_filters_by_the_assigned_caseworker()
    {
        await factory.Arrange.Referral().AssignedTo("radnik");
        await factory.Arrange.Referral().AssignedTo("radnik");
        await factory.Arrange.Referral();
        using var coordinator = await SignedInAsync("koordinator");

        var page = await coordinator.GetPageAsync($"/Referrals?Assignee={caseworkerId}");

        Assert.Equal(2, Rows(page));
        Assert.NotNull(page.QuerySelector($"#f-assignee option[value='{caseworkerId}'][selected]"));
    }

    [Fact]
    public async Task Shelter_staff_cannot_open_the_register()
    {
        using var shelter = await SignedInAsync("prihvatiliste");

        var response = await shelter.Http.GetAsync("/Referrals");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
