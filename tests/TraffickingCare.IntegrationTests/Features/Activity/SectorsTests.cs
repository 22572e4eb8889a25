using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Features.Decisions;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity;

/// <summary>
/// The sector table against figures computed by hand on a small arranged set: participants trained in the period,
/// referrals by the local day they were received (a referral at 23:30 on New Year's Eve belongs to the old year), those
/// opened, identified, and the median days from the local day of receipt to the first decision.
/// </summary>
public sealed class SectorsTests(SectorsTests.Arranged arranged) : IClassFixture<SectorsTests.Arranged>
{
    private const string Year2025 = "/Activity/Sectors?From=01.01.2025.&To=31.12.2025.";

    private AppFactory Factory => arranged.Factory;

    [Fact]
    public async Task Each_trained_sector_shows_its_participants_referrals_outcomes_and_days_to_decision()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await client.GetPageAsync(Year2025);

        // Police: trained 15 + 10 (2024's 100 are outside); referrals 1 April, 1 May, 31 December 23:30 (the one at
        // 23:30 on 31.12.2024. belongs to 2024); two opened, one identified; decided after 10 and 20 days.
        Assert.Equal(["25", "3", "2 (67%)", "1 (33%)", "15"], Figures(page, "Police"));

        // Judiciary: a court's referral without a decision yet, a prosecutor's received at 00:30 local on 1 July
        // (22:30 UTC on 30 June) and decided on 3 July: two local days, not three.
        Assert.Equal(["5", "2", "2 (100%)", "0 (0%)", "2"], Figures(page, "Judiciary"));
        Assert.Equal(["20", "1", "0 (0%)", "0 (0%)", "–"], Figures(page, "SocialProtection"));
        Assert.Equal(["–", "1", "0 (0%)", "0 (0%)", "–"], Figures(page, "None"));
        Assert.Equal(["0", "0", "0 (–)", "0 (–)", "–"], Figures(page, "Health"));
        Assert.Equal(["50", "7", "4 (57%)", "1 (14%)", "10"], Figures(page, "Total"));
    }

    [Fact]
    public async Task A_municipality_narrows_both_the_trainings_and_the_referrals()
    {
        using var client = await Factory.Arrange.SignedInAsync("radnik");

        var page = await client.GetPageAsync(Year2025 + "&Municipality=RS-KRALJEVO");

        Assert.Equal(["15", "1", "1 (100%)", "1 (100%)", "10"], Figures(page, "Police"));
        Assert.Equal(["20", "1", "0 (0%)", "0 (0%)", "–"], Figures(page, "SocialProtection"));
        Assert.Equal(["0", "0", "0 (–)", "0 (–)", "–"], Figures(page, "Judiciary"));
    }

    [Fact]
    public async Task A_period_that_begins_and_ends_within_months_counts_those_days_by_the_same_rules()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        // 15 April to 1 July: May and June from the counts kept per month, 15-30 April and 1 July from the referrals.
        // Police 1 May (decided after 20 days), the prosecutor's at 00:30 local on 1 July (after 2 days), the social
        // work centre's rejected one at 10:00 on 1 July; 1 April lies before. Trained in June: police 10, judiciary 5.
        var page = await client.GetPageAsync("/Activity/Sectors?From=15.04.2025.&To=01.07.2025.");

        Assert.Equal(["10", "1", "1 (100%)", "0 (0%)", "20"], Figures(page, "Police"));
        Assert.Equal(["5", "1", "1 (100%)", "0 (0%)", "2"], Figures(page, "Judiciary"));
        Assert.Equal(["0", "1", "0 (0%)", "0 (0%)", "–"], Figures(page, "SocialProtection"));
        Assert.Equal(["15", "3", "2 (67%)", "0 (0%)", "11"], Figures(page, "Total"));

        // To 30 June: the prosecutor's referral, received at 22:30 UTC on 30 June, is already 1 July locally.
        page = await client.GetPageAsync("/Activity/Sectors?From=15.04.2025.&To=30.06.2025.");

        Assert.Equal(["5", "0", "0 (–)", "0 (–)", "–"], Figures(page, "Judiciary"));
        Assert.Equal(["15", "1", "1 (100%)", "0 (0%)", "20"], Figures(page, "Total"));
    }

    [Fact]
    public async Task A_decision_and_its_correction_to_an_earlier_day_reach_the_months_already_counted()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");
        const string Address = "/Activity/Sectors?From=01.01.2022.&To=31.12.2022.";
        var caseId = await new ActivityArrange(Factory).ReferralAsync(new DateOnly(2022, 3, 10), new TimeOnly(10, 0), "Education", "RS-NIS", open: true);
        Assert.Equal(["0", "1", "1 (100%)", "0 (0%)", "–"], Figures(await client.GetPageAsync(Address), "Education"));

        var decisions = new DecisionArrange(Factory);
        await decisions.LoadUsersAsync();
        var final = await decisions.FinalAsync(caseId!.Value, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2022, 3, 24), "ForcedLabour");
        Assert.Equal(["0", "1", "1 (100%)", "1 (100%)", "14"], Figures(await client.GetPageAsync(Address), "Education"));

        // The case's status stays; only its first day of decision moves, and with it the referral's wait.
        await decisions.CorrectAsync(final, "radnik", new DateOnly(2022, 3, 17), "ForcedLabour");
        Assert.Equal(["0", "1", "1 (100%)", "1 (100%)", "7"], Figures(await client.GetPageAsync(Address), "Education"));
    }

    [Theory]
    [InlineData("From=31.12.2025.&To=01.01.2025.", "Activity.SectorsPage.Errors.Order")]
    [InlineData("From=32.01.2025.", "Activity.SectorsPage.Errors.Date")]
    [InlineData("From=01.01.2010.&To=01.01.2025.", "Activity.SectorsPage.Errors.TooLong")]
    [InlineData("Municipality=RS-NOWHERE", "Activity.SectorsPage.Errors.Municipality")]
    public async Task A_filter_that_cannot_be_read_is_refused_with_what_was_typed_kept(string query, string error)
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var page = await client.GetPageAsync("/Activity/Sectors?" + query);

        Assert.Contains(Ui.Text(error, 10), page.QuerySelector("#form-errors")!.TextContent);
        if (query.StartsWith("From=", StringComparison.Ordinal))
        {
            Assert.Equal(query.Split('&')[0]["From=".Length..], page.QuerySelector("#f-from")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_records()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");
        const string Address = "/Activity/Sectors?From=01.01.2023.&To=31.12.2023.";
        await client.GetPageAsync(Address);
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        await client.GetPageAsync(Address);
        var few = counter.Count;
        var arrange = new ActivityArrange(Factory);
        for (var i = 1; i <= 6; i++)
        {
            await arrange.TrainingAsync(new DateOnly(2023, i, 10), "RS-NIS", false, i, 0, ("Health", i));
            await arrange.ReferralAsync(new DateOnly(2023, i, 5), new TimeOnly(9, 0), "Health", "RS-NIS", IdentificationDecision.Identified, new DateOnly(2023, i, 5 + i));
        }

        counter.Reset();
        var page = await client.GetPageAsync(Address);

        Assert.Equal(["21", "6", "6 (100%)", "6 (100%)", "3,5"], Figures(page, "Health"));
        Assert.Equal(few, counter.Count);
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.OK)]
    [InlineData("koordinator", HttpStatusCode.OK)]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Caseworkers_the_coordinator_and_management_read_the_table(string user, HttpStatusCode expected)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Activity/Sectors")).StatusCode);
    }

    private static string[] Figures(IHtmlDocument page, string sector) =>
        [.. page.QuerySelector($"#sectors-table tr[data-sector='{sector}']")!.QuerySelectorAll("td")
            .Select(td => td.TextContent.Trim().Split(" (odlučeno")[0].Trim())];

    /// <summary>One app with the small set arranged once; the tests only read it, or add to a year of their own.</summary>
    public sealed class Arranged : AppFixture
    {
        protected override async Task ArrangeAsync()
        {
            var a = new ActivityArrange(Factory);
            await a.TrainingAsync(new DateOnly(2025, 3, 10), "RS-KRALJEVO", true, 20, 15, ("SocialProtection", 20), ("Police", 15));
            await a.TrainingAsync(new DateOnly(2025, 6, 1), "RS-NIS", false, 10, 5, ("Police", 10), ("Judiciary", 5));
            await a.TrainingAsync(new DateOnly(2024, 6, 1), "RS-NIS", false, 50, 50, ("Police", 100));

            await a.ReferralAsync(new DateOnly(2025, 4, 1), new TimeOnly(10, 0), "Police", "RS-KRALJEVO", IdentificationDecision.Identified, new DateOnly(2025, 4, 11));
            await a.ReferralAsync(new DateOnly(2025, 5, 1), new TimeOnly(10, 0), "Police", "RS-NIS", IdentificationDecision.NotIdentified, new DateOnly(2025, 5, 21));
            await a.ReferralAsync(new DateOnly(2025, 12, 31), new TimeOnly(23, 30), "Police", null);
            await a.ReferralAsync(new DateOnly(2024, 12, 31), new TimeOnly(23, 30), "Police", null);
            await a.ReferralAsync(new DateOnly(2025, 7, 1), new TimeOnly(10, 0), "SocialWorkCentre", "RS-KRALJEVO", rejected: true);
            await a.ReferralAsync(new DateOnly(2025, 8, 1), new TimeOnly(10, 0), "Court", "RS-NIS", open: true);
            await a.ReferralAsync(new DateOnly(2025, 7, 1), new TimeOnly(0, 30), "Prosecution", "RS-NIS", IdentificationDecision.Suspended, new DateOnly(2025, 7, 3));
            await a.ReferralAsync(new DateOnly(2025, 9, 1), new TimeOnly(10, 0), "Family", null);
        }
    }
}
