using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>Management's introduction to a year's report: saved, version-checked, shown and copied into a revision.</summary>
public sealed class IntroductionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_introduction_is_saved_shown_on_the_report_and_frozen_into_the_next_revision()
    {
        using var client = await app.Factory.Arrange.SignedInAsync("rukovodstvo");
        var form = await client.GetPageAsync("/Reports/Annual/2024/Introduction");

        await client.SubmitAsync(form, "#introduction-form", new Dictionary<string, string> { ["Serbian"] = "Godina sa više prijava iz škola.", ["English"] = "A year with more referrals from schools." });
        await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2024"), "#publish-form");
        var stale = await client.SubmitAsync(form, "#introduction-form", new Dictionary<string, string> { ["Serbian"] = "Druga verzija." });
        var refused = await TestClient.ParseAsync(stale);
        var revision = await client.GetPageAsync("/Reports/Annual/2024?revision=1");

        Assert.Contains("Godina sa više prijava iz škola.", revision.QuerySelector("#introduction-heading")!.ParentElement!.TextContent);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Druga verzija.", refused.QuerySelector("#i-serbian")!.TextContent);

        // The refused page carries the saved version: saving again from it overwrites deliberately, with the text kept.
        var again = await client.SubmitAsync(refused, "#introduction-form");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Druga verzija.", (await client.GetPageAsync("/Reports/Annual/2024")).QuerySelector("#introduction-heading")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task A_text_too_long_is_refused_on_its_field_and_kept()
    {
        using var client = await app.Factory.Arrange.SignedInAsync("rukovodstvo");
        var text = new string('a', 8001);

        var response = await client.SubmitAsync(await client.GetPageAsync("/Reports/Annual/2023/Introduction"), "#introduction-form", new Dictionary<string, string> { ["English"] = text });
        var page = await TestClient.ParseAsync(response);

        Assert.Contains(Ui.Text("Reports.Errors.IntroductionTooLong"), page.QuerySelector("[data-valmsg-for='Form.English']")!.TextContent);
        Assert.Equal(text, page.QuerySelector("#i-english")!.TextContent);
    }

    [Theory]
    [InlineData("koordinator")]
    [InlineData("radnik")]
    public async Task Only_management_writes_the_introduction(string user)
    {
        using var client = await app.Factory.Arrange.SignedInAsync(user);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.Http.GetAsync("/Reports/Annual/2024/Introduction")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.PostWithTokenAsync("/Reports/Annual/2024/Introduction", ("Serbian", "x"), ("Version", "0"))).StatusCode);
    }
}
