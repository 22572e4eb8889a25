using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

/// <summary>
/// The caseworker pickers of a waiting referral (the assignee and the new case's lead) in a large centre: one search
/// serves both, and the referral's assignee stays offered while the search offers others.
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
        Assert.Empty(Offered(before, "#AssigneeId"));
        Assert.Empty(Offered(before, "#Triage_Form_LeadCaseworkerId"));

        var found = await coordinator.GetPageAsync($"{url}?caseworkerFind=zvez");
        Assert.Equal([star], Offered(found, "#AssigneeId"));
        Assert.Equal([star], Offered(found, "#Triage_Form_LeadCaseworkerId"));
        var assigned = await coordinator.SubmitAsync(found, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = star });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(star, (await factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id))).AssigneeId);

        var again = await coordinator.GetPageAsync(url);
        Assert.Equal([star], Offered(again, "#AssigneeId"));
        Assert.Equal(star, again.QuerySelector<IHtmlSelectElement>("#Triage_Form_LeadCaseworkerId")!.Value);
    }

    private static List<string> Offered(IHtmlDocument page, string select) =>
        [.. page.QuerySelectorAll($"{select} option").Select(o => o.GetAttribute("value") ?? string.Empty).Where(v => v.Length > 0)];
}
