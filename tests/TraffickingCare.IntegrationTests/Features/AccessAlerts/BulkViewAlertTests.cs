using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.AccessAlerts;

/// <summary>
/// A user opening more distinct case files within the window than the threshold (here 3 in 10 minutes) raises one
/// alert for management, logged with ids only; management marks it reviewed, never one about themselves.
/// </summary>
public sealed class BulkViewAlertTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync()
    {
        app.Settings["Security:BulkViewThreshold"] = "3";
        app.Settings["Security:BulkViewWindow"] = "00:10:00";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Opening_more_distinct_cases_than_the_threshold_within_the_window_raises_one_alert_logged_with_ids_only()
    {
        var cases = await CasesAsync(5);
        var caseworker = await app.Arrange.SignedInAsync("radnik");
        var caseworkerId = await app.Arrange.UserIdAsync("radnik");

        foreach (var file in cases[..3].Append(cases[0]))
        {
            await caseworker.GetPageAsync($"/Cases/Details/{file.Id}");
        }

        Assert.Empty(await AlertsAsync());

        await caseworker.GetPageAsync($"/Cases/Details/{cases[3].Id}");
        await caseworker.GetPageAsync($"/Cases/Details/{cases[4].Id}");

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal(caseworkerId, alert.UserId);
        Assert.Equal(4, alert.DistinctCases);
        Assert.Equal(10, alert.WindowMinutes);
        var logged = Assert.Single(Directory.GetFiles(app.LogFolder, "app-*").SelectMany(f => ReadShared(f).Split('\n')), l => l.Contains("Bulk viewing", StringComparison.Ordinal));
        Assert.Contains(caseworkerId, logged, StringComparison.Ordinal);
        Assert.Contains(alert.Id.ToString(), logged, StringComparison.Ordinal);
        var name = await app.WithDbAsync(db => db.Users.Where(u => u.Id == caseworkerId).Select(u => u.DisplayName).SingleAsync());
        Assert.DoesNotContain(name, logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Views_older_than_the_window_do_not_count_and_a_burst_in_a_later_window_raises_a_new_alert()
    {
        var cases = await CasesAsync(8);
        var caseworker = await app.Arrange.SignedInAsync("radnik");
        foreach (var file in cases[..3])
        {
            await caseworker.GetPageAsync($"/Cases/Details/{file.Id}");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        foreach (var file in cases[3..6])
        {
            await caseworker.GetPageAsync($"/Cases/Details/{file.Id}");
        }

        Assert.Empty(await AlertsAsync());
        await caseworker.GetPageAsync($"/Cases/Details/{cases[6].Id}");
        Assert.Single(await AlertsAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        foreach (var file in cases[..4])
        {
            await caseworker.GetPageAsync($"/Cases/Details/{file.Id}");
        }

        Assert.Equal(2, (await AlertsAsync()).Count);
    }

    [Fact]
    public async Task Management_sees_the_alert_and_marks_it_reviewed_once_and_a_late_second_review_is_told()
    {
        var alert = await RaiseAsync("radnik");
        var management = await app.Arrange.SignedInAsync("rukovodstvo");
        Assert.Equal(Ui.Text("Home.AccessAlerts.Open", 1), (await management.GetPageAsync("/")).QuerySelector("#access-alerts-Management a")!.TextContent.Trim());
        Assert.Null((await (await app.Arrange.SignedInAsync("koordinator")).GetPageAsync("/")).QuerySelector("[id^=access-alerts]"));
        var page = await management.GetPageAsync("/AccessAlerts");
        var row = page.QuerySelector("tr[data-user='radnik']")!;
        Assert.Equal(Ui.Text("AccessAlerts.OpenedWithin", 31, 10), row.QuerySelector("[data-cell=opened]")!.TextContent.Trim());
        Assert.Equal(Ui.Text("AccessAlerts.Open"), row.QuerySelector("[data-cell=status]")!.TextContent.Trim());

        var response = await management.SubmitAsync(page, "tr[data-user='radnik'] form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reviewed = await app.WithDbAsync(db => db.BulkViewAlerts.AsNoTracking().SingleAsync(a => a.Id == alert.Id));
        Assert.Equal(await app.Arrange.UserIdAsync("rukovodstvo"), reviewed.ReviewedBy);
        Assert.NotNull(await app.WithDbAsync(db => db.AuditEntries.SingleOrDefaultAsync(a => a.EntityId == alert.Id && a.Action == AuditAction.Updated)));
        var after = await management.GetPageAsync("/AccessAlerts");
        Assert.Equal("true", after.QuerySelector("tr[data-user='radnik']")!.GetAttribute("data-reviewed"));
        Assert.Null(after.QuerySelector("tr[data-user='radnik'] form"));
        Assert.Equal(Ui.Text("Home.AccessAlerts.None"), (await management.GetPageAsync("/")).QuerySelector("#access-alerts-Management a")!.TextContent.Trim());

        await management.PostWithTokenAsync("/AccessAlerts/Review", ("Id", alert.Id.ToString()), ("Version", alert.Version.ToString()));

        Assert.Equal(Ui.Text("AccessAlerts.Errors.AlreadyReviewed"), (await management.GetPageAsync("/AccessAlerts")).QuerySelector(".alert-danger")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_alert_about_oneself_has_no_review_button_and_a_forged_review_is_refused()
    {
        var alert = await RaiseAsync("rukovodstvo");
        var management = await app.Arrange.SignedInAsync("rukovodstvo");
        Assert.Null((await management.GetPageAsync("/AccessAlerts")).QuerySelector("tr[data-user='rukovodstvo'] form"));

        await management.PostWithTokenAsync("/AccessAlerts/Review", ("Id", alert.Id.ToString()), ("Version", alert.Version.ToString()));

        Assert.Equal(Ui.Text("AccessAlerts.Errors.OwnAlert"), (await management.GetPageAsync("/AccessAlerts")).QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Null((await app.WithDbAsync(db => db.BulkViewAlerts.AsNoTracking().SingleAsync(a => a.Id == alert.Id))).ReviewedBy);
    }

    [Theory]
    [InlineData("radnik", HttpStatusCode.Forbidden)]
    [InlineData("koordinator", HttpStatusCode.Forbidden)]
    [InlineData("prihvatiliste", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("rukovodstvo", HttpStatusCode.OK)]
    public async Task Only_management_sees_and_reviews_the_alerts(string userName, HttpStatusCode expected)
    {
        var alert = await RaiseAsync("radnik2");
        var client = await app.Arrange.SignedInAsync(userName);

        Assert.Equal(expected, (await client.Http.GetAsync("/AccessAlerts")).StatusCode);
        var review = await client.PostWithTokenAsync("/AccessAlerts/Review", ("Id", alert.Id.ToString()), ("Version", alert.Version.ToString()));
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Redirect : expected, review.StatusCode);
    }

    private async Task<CaseFile[]> CasesAsync(int count)
    {
        var cases = new CaseFile[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = await app.Arrange.Case().LedBy("radnik");
        }

        return cases;
    }

    private Task<List<BulkViewAlert>> AlertsAsync() => app.WithDbAsync(db => db.BulkViewAlerts.AsNoTracking().ToListAsync());

    private async Task<BulkViewAlert> RaiseAsync(string userName)
    {
        var userId = await app.Arrange.UserIdAsync(userName);
        return await app.WithDbAsync(async db =>
        {
            var alert = BulkViewAlert.Raise(userId, app.Arrange.Now, 31, 10);
            db.BulkViewAlerts.Add(alert);
            await db.SaveChangesAsync();
            return alert;
        });
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
