using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

/// <summary>
/// The caseworker pickers of a waiting referral (the assignee and the new case's lead) and of the register's assignee
/// filter in a large centre: one search serves both of a referral's, the referral's assignee stays offered while the
/// search offers others, and the register's filter finds by name within its own form and keeps the one it filters by.
/// </summary>
public sealed class TriagePickerTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_large_centre_finds_the_assignee_and_the_lead_by_name_and_keeps_the_assignee_offered()
    {
        var referral = await factory.Arrange.Referral().ReceivedAgo(TimeSpan.FromMinutes(10));
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"dezurni-{i:00}");
        }

        var star = await TestUsers.CaseworkerAsync(factory, "zvezda");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        var url = $"/Referrals/Details/{referral.Id}";

        var before = await coordinator.GetPageAsync(url);
        Assert.NotNull(before.QuerySelector("form#caseworker-find-form input#caseworker-find[name='caseworkerFind']"));
        Assert.Equal(Ui.Text("Referrals.Triage.FindHint"), before.QuerySelector("#caseworker-find-hint")!.TextContent.Trim());
        Assert.Empty(before.Offered("#AssigneeId"));
        Assert.Empty(before.Offered("#Triage_Form_LeadCaseworkerId"));

        var found = await coordinator.GetPageAsync($"{url}?caseworkerFind=zvez");
        Assert.Equal([star], found.Offered("#AssigneeId"));
        Assert.Equal([star], found.Offered("#Triage_Form_LeadCaseworkerId"));
        var assigned = await coordinator.SubmitAsync(found, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = star });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(star, (await factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id))).AssigneeId);

        var again = await coordinator.GetPageAsync(url);
        Assert.Equal([star], again.Offered("#AssigneeId"));
        Assert.Equal(star, again.QuerySelector<IHtmlSelectElement>("#Triage_Form_LeadCaseworkerId")!.Value);
    }

    [Fact]
    public async Task A_large_centres_register_finds_the_assignee_to_filter_by_by_name_and_keeps_the_one_chosen()
    {
        for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"dezurni-{i:00}");
        }

        await factory.Arrange.Referral().AssignedTo("radnik");
        await factory.Arrange.Referral().AssignedTo("radnik2");
        var radnik = await factory.Arrange.UserIdAsync("radnik");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        var before = await coordinator.GetPageAsync("/Referrals?Status=AwaitingTriage");
        Assert.Equal(Ui.Text("Referrals.Register.AssigneeFindHint"), before.QuerySelector("#f-assignee-hint")!.TextContent.Trim());
        Assert.Empty(before.Offered("#f-assignee"));

        // The search is a field of the filter's own GET form: the other filters stay as they were.
        var found = await coordinator.GetPageAsync("/Referrals?Status=AwaitingTriage&AssigneeFind=Stručni");
        Assert.Equal([radnik], found.Offered("#f-assignee"));
        Assert.Equal("AwaitingTriage", found.QuerySelector<IHtmlSelectElement>("#f-status")!.Value);
        Assert.Equal("Stručni", found.QuerySelector<IHtmlInputElement>("#f-assignee-find")!.Value);

        var filtered = await coordinator.GetPageAsync($"/Referrals?Status=AwaitingTriage&Assignee={radnik}");
        Assert.Equal([radnik], filtered.Offered("#f-assignee"));
        Assert.Equal(radnik, filtered.QuerySelector<IHtmlSelectElement>("#f-assignee")!.Value);
        Assert.Single(filtered.QuerySelectorAll("#register tbody tr"));
    }
}
