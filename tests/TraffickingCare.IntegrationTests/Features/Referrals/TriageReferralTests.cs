using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

public sealed class TriageReferralTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> WaitingReferralAsync()
    {
        var referral = await app.Factory.Arrange.Referral().ReceivedAgo(TimeSpan.FromMinutes(40));
        return referral.Id;
    }

    private Task<TestClient> CoordinatorAsync() => app.Factory.Arrange.SignedInAsync("koordinator");

    private Task<string> UserIdAsync(string userName) => app.Factory.Arrange.UserIdAsync(userName);

    private Task<Referral> ReferralAsync(Guid id) =>
        app.Factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task The_coordinator_opens_a_case_and_the_referral_keeps_who_when_and_how_long()
    {
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");
        var lead = await UserIdAsync("radnik");

        var response = await coordinator.SubmitAsync(page, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "OpenCase",
            ["Triage.Form.LeadCaseworkerId"] = lead,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var referral = await ReferralAsync(id);
        Assert.Equal(ReferralStatus.OpenedAsCase, referral.Status);
        Assert.Equal(40, referral.MinutesToTriage);
        Assert.Equal(await UserIdAsync("koordinator"), referral.TriagedBy);
        var file = await app.Factory.WithDbAsync(db => db.Cases.Include(c => c.Team).AsNoTracking().SingleAsync(c => c.Id == referral.CaseId));
        Assert.Matches(@"^CZZ-\d{4}-\d{4}$", file.Code);
        Assert.Equal(lead, file.LeadCaseworkerId);
        Assert.Equal(id, file.ReferralId);
        Assert.Equal(referral.ReceivedAtUtc, file.ProcedureStartedAtUtc); // the decision clock runs from the referral's arrival
        var details = await coordinator.GetPageAsync($"/Referrals/Details/{id}");
        Assert.Equal(file.Code, details.QuerySelector("#case-code")!.TextContent);
        Assert.Null(details.QuerySelector("form#triage-referral"));
    }

    [Fact]
    public async Task A_duplicate_is_linked_to_the_existing_case_by_its_code()
    {
        var existing = await app.Factory.Arrange.Case().Coded(2019, 77);
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        await coordinator.SubmitAsync(page, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "Duplicate",
            ["Triage.Form.ExistingCaseCode"] = "czz-2019-0077",
        });

        var referral = await ReferralAsync(id);
        Assert.Equal(ReferralStatus.Duplicate, referral.Status);
        Assert.Equal(existing.Id, referral.CaseId);
    }

    [Fact]
    public async Task A_referral_is_not_joined_as_a_duplicate_to_an_anonymised_case()
    {
        var anonymised = await app.Factory.Arrange.Case().Coded(2014, 12);
        await app.Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == anonymised.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.AnonymisedAtUtc, app.Factory.Arrange.Now)));
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        var response = await coordinator.SubmitAsync(page, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "Duplicate",
            ["Triage.Form.ExistingCaseCode"] = "CZZ-2014-0012",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Ui.Text("Referrals.Triage.Errors.CaseAnonymised"), (await TestClient.ParseAsync(response)).Body!.TextContent);
        var referral = await ReferralAsync(id);
        Assert.Equal((ReferralStatus.AwaitingTriage, (Guid?)null), (referral.Status, referral.CaseId));
    }

    [Fact]
    public async Task A_triage_missing_its_details_is_refused_and_the_choices_are_kept()
    {
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        var response = await coordinator.SubmitAsync(page, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "Reject",
            ["Triage.Form.ForwardedTo"] = "Zadržan tekst",
            ["Triage.Form.ExistingCaseCode"] = "CZZ-1999-0001",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Referrals.Errors.ReasonRequired"), refused.QuerySelector("#Triage_Form_Reason-error")!.TextContent);
        Assert.NotNull(refused.QuerySelector("#outcome-Reject[checked]"));
        Assert.Equal("Zadržan tekst", refused.QuerySelector("#Triage_Form_ForwardedTo")!.GetAttribute("value"));
        Assert.Equal(ReferralStatus.AwaitingTriage, (await ReferralAsync(id)).Status);
    }

    [Fact]
    public async Task A_triage_refused_for_its_details_keeps_the_version_it_was_opened_with_so_an_assignment_made_meanwhile_is_still_caught()
    {
        var id = await WaitingReferralAsync();
        using var first = await CoordinatorAsync();
        using var second = await CoordinatorAsync();
        var firstPage = await first.GetPageAsync($"/Referrals/Details/{id}");
        var secondPage = await second.GetPageAsync($"/Referrals/Details/{id}");
        await second.SubmitAsync(secondPage, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = await UserIdAsync("radnik2") });

        var refused = await first.SubmitAsync(firstPage, "form#triage-referral", new Dictionary<string, string> { ["Triage.Form.Outcome"] = "Reject" });
        var again = await TestClient.ParseAsync(refused);
        var resent = await first.SubmitAsync(again, "form#triage-referral", new Dictionary<string, string> { ["Triage.Form.Reason"] = "Nije slučaj trgovine" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(resent)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(ReferralStatus.AwaitingTriage, (await ReferralAsync(id)).Status);
    }

    [Fact]
    public async Task Of_two_coordinators_triaging_the_same_referral_the_second_is_told_and_nothing_of_theirs_is_applied()
    {
        var id = await WaitingReferralAsync();
        using var first = await CoordinatorAsync();
        using var second = await CoordinatorAsync();
        var firstPage = await first.GetPageAsync($"/Referrals/Details/{id}");
        var secondPage = await second.GetPageAsync($"/Referrals/Details/{id}");

        await first.SubmitAsync(firstPage, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "NotTrafficking",
            ["Triage.Form.ForwardedTo"] = "Centar za socijalni rad",
        });
        var late = await second.SubmitAsync(secondPage, "form#triage-referral", new Dictionary<string, string>
        {
            ["Triage.Form.Outcome"] = "Reject",
            ["Triage.Form.Reason"] = "Kasna odluka",
        });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains(Ui.Text("Referrals.Errors.AlreadyTriaged"), (await TestClient.ParseAsync(late)).QuerySelector("#form-errors")!.TextContent);
        var referral = await ReferralAsync(id);
        Assert.Equal(ReferralStatus.NotTraffickingMatter, referral.Status);
        Assert.Equal("Centar za socijalni rad", referral.OutcomeNote);
    }

    [Fact]
    public async Task A_stale_assignment_is_refused_on_the_page_with_the_caseworker_still_chosen_and_can_be_sent_again()
    {
        var id = await WaitingReferralAsync();
        using var first = await CoordinatorAsync();
        using var second = await CoordinatorAsync();
        var firstPage = await first.GetPageAsync($"/Referrals/Details/{id}");
        var secondPage = await second.GetPageAsync($"/Referrals/Details/{id}");
        var radnik2 = await UserIdAsync("radnik2");

        await first.SubmitAsync(firstPage, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = await UserIdAsync("radnik") });
        var late = await second.SubmitAsync(secondPage, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = radnik2 });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var again = await TestClient.ParseAsync(late);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(radnik2, again.QuerySelector("form#assign-referral select[name='AssigneeId'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(await UserIdAsync("radnik"), (await ReferralAsync(id)).AssigneeId);

        var resent = await second.SubmitAsync(again, "form#assign-referral");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(radnik2, (await ReferralAsync(id)).AssigneeId);
    }

    [Fact]
    public async Task An_assignment_without_a_caseworker_is_refused_under_the_field()
    {
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");

        var refused = await coordinator.SubmitAsync(page, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Equal(Ui.Text("Referrals.Triage.Errors.AssigneeRequired"), again.QuerySelector("form#assign-referral [data-valmsg-for='AssigneeId']")!.TextContent.Trim());
        Assert.Equal("true", again.QuerySelector("form#assign-referral select[name='AssigneeId']")!.GetAttribute("aria-invalid"));
        Assert.Null((await ReferralAsync(id)).AssigneeId);
    }

    [Fact]
    public async Task An_assigned_caseworker_can_see_the_referral_and_cannot_triage_it()
    {
        var id = await WaitingReferralAsync();
        using var coordinator = await CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/Referrals/Details/{id}");
        await coordinator.SubmitAsync(page, "form#assign-referral", new Dictionary<string, string> { ["AssigneeId"] = await UserIdAsync("radnik2") });

        using var caseworker = app.Factory.CreateTestClient();
        await caseworker.SignInAsync("radnik2");
        var own = await caseworker.GetPageAsync($"/Referrals/Details/{id}");
        Assert.Null(own.QuerySelector("form#triage-referral"));

        var triage = await caseworker.PostWithTokenAsync($"/Referrals/Triage/{id}", ("Triage.Form.Outcome", "Reject"), ("Triage.Form.Reason", "x"));
        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Equal(ReferralStatus.AwaitingTriage, (await ReferralAsync(id)).Status);
    }
}
