using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>Management's home: this year so far beside the same days of last year, and the state of last year's report.</summary>
public sealed class DashboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Management_sees_this_year_so_far_beside_the_same_period_of_last_year_and_the_report_state()
    {
        var today = app.Factory.Arrange.Today;
        var (thisYear, lastYear) = (today.Year, today.Year - 1);
        var a = new ReportArrange(app.Factory);
        var nine = new TimeOnly(9, 0);
        await a.ReferralAsync(new DateOnly(lastYear, 1, 1), nine, "Police");
        var afterThePeriod = today.AddYears(-1).AddDays(1);
        if (afterThePeriod.Year == lastYear)
        {
            await a.ReferralAsync(afterThePeriod, nine, "Police");
        }

        await a.CaseAsync(new DateOnly(thisYear, 1, 1), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(thisYear, 1, 1), "Feminine"));
        await a.ReferralAsync(new DateOnly(thisYear, 1, 1), nine, "Police", ReferralStatus.Rejected);

        // The days of this month come from the records, the months before from the counts kept per month: a referral
        // on the same day last year, and a person identified today.
        var fiveAfterMidnight = new TimeOnly(0, 5);
        await a.ReferralAsync(today.AddYears(-1), fiveAfterMidnight, "Police");
        await a.CaseAsync(today, fiveAfterMidnight, "NGO", new Victim(IdentificationDecision.Identified, today, "Masculine"));
        using var client = await app.Factory.Arrange.SignedInAsync("rukovodstvo");

        var home = await client.GetPageAsync("/");

        string Figure(string row, int year) => home.QuerySelector($"#management-dashboard tr[data-row='{row}'] td[data-year='{year}']")!.TextContent.Trim();
        Assert.Equal(("2", "3"), (Figure("Referrals", lastYear), Figure("Referrals", thisYear)));
        Assert.Equal(("2", "0"), (Figure("Presumed", lastYear), Figure("Presumed", thisYear)));
        Assert.Equal(("0", "2"), (Figure("Identified", lastYear), Figure("Identified", thisYear)));
        Assert.Equal(("0", "0"), (Figure("InShelter", lastYear), Figure("OpenProceedings", thisYear)));
        Assert.NotNull(home.QuerySelector("#management-dashboard svg[role='img']"));
        Assert.Equal(Ui.Text("Reports.Dashboard.Draft", lastYear), home.QuerySelector("#report-state")!.TextContent.Trim());

        await client.SubmitAsync(await client.GetPageAsync($"/Reports/Annual/{lastYear}"), "#publish-form");
        Assert.Equal(Ui.Text("Reports.Dashboard.Published", lastYear, 1), (await client.GetPageAsync("/")).QuerySelector("#report-state")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("koordinator")]
    [InlineData("radnik")]
    public async Task Only_management_has_the_dashboard(string user)
    {
        using var client = await app.Factory.Arrange.SignedInAsync(user);

        Assert.Null((await client.GetPageAsync("/")).QuerySelector("#management-dashboard"));
    }
}
