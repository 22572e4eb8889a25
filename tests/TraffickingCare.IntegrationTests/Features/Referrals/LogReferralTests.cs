using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Referrals;

public sealed class LogReferralTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly TimeZoneInfo Belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    private DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(app.Factory.Clock.GetUtcNow().UtcDateTime, Belgrade);

    private Dictionary<string, string> UrgentPoliceCall(string name) => new()
    {
        ["Form.ReceivedOn"] = LocalNow.AddMinutes(-20).ToString("dd.MM.yyyy."),
        ["Form.ReceivedAt"] = LocalNow.AddMinutes(-20).ToString("HH:mm"),
        ["Form.ChannelCode"] = "Phone",
        ["Form.ReferrerSectorCode"] = "Police",
        ["Form.ReferrerOrganisation"] = "PU Proba",
        ["Form.PersonNameOrAlias"] = name,
        ["Form.SexCode"] = "Feminine",
        ["Form.Age"] = "16",
        ["Form.Child"] = "true",
        ["Form.Circumstances"] = "Pozvala je iz benzinske stanice.",
    };

    private async Task<(TestClient Client, HttpResponseMessage Response)> LogAsync(string user, Dictionary<string, string> fields)
    {
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync(user);
        var page = await client.GetPageAsync("/Referrals/Log");
        return (client, await client.SubmitAsync(page, "form#log-referral", fields));
    }

    [Fact]
    public async Task An_urgent_referral_with_little_known_is_logged_and_counts_down_two_hours()
    {
        var (client, response) = await LogAsync("radnik", UrgentPoliceCall("Mila Izmišljena"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(Ui.Text("Referrals.Urgent"), details.Body!.TextContent);
        Assert.Contains("Mila Izmišljena", details.Body.TextContent);
        var deadline = LocalNow.AddMinutes(-20).AddHours(2);
        Assert.Contains(deadline.ToString("dd.MM.yyyy.") + " " + deadline.ToString("HH:mm"), details.QuerySelector("#triage-deadline")!.TextContent);

        var id = Guid.Parse(response.Headers.Location.OriginalString.Split('/').Last());
        var referral = await app.Factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.True(referral.Urgency.Child);
        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.True(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == id && a.Action == AuditAction.Viewed)));
    }

    [Fact]
    public async Task The_persons_name_and_the_circumstances_are_ciphertext_in_the_database()
    {
        var (_, response) = await LogAsync("radnik", UrgentPoliceCall("Dragana Šifrovana"));
        var id = response.Headers.Location!.OriginalString.Split('/').Last().ToUpperInvariant();

        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PersonNameOrAlias || '|' || Circumstances FROM Referrals WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        var raw = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain("Dragana", raw);
        Assert.DoesNotContain("benzinske", raw);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_logs_one_referral()
    {
        using var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");
        var page = await client.GetPageAsync("/Referrals/Log");
        var fields = UrgentPoliceCall("Dvostruki Klik");

        var first = await client.SubmitAsync(page, "form#log-referral", fields);
        var second = await client.SubmitAsync(page, "form#log-referral", fields);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var key = Guid.Parse(page.QuerySelector("input[name='Form.SubmissionKey']")!.GetAttribute("value")!);
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.Referrals.CountAsync(r => r.SubmissionKey == key)));
    }

    [Theory]
    [InlineData("Form.ReceivedOn", "01.01.1949.", "Referrals.Errors.ReceivedOnInvalid")]
    [InlineData("Form.ReceivedOn", "31.12.2099.", "Referrals.Errors.ReceivedOnInvalid")]
    [InlineData("Form.ReceivedAt", "25:99", "Referrals.Errors.ReceivedAtInvalid")]
    [InlineData("Form.ChannelCode", "Telepathy", "Validation.UnknownOption")]
    [InlineData("Form.ReferrerSectorCode", "", "Referrals.Errors.SectorRequired")]
    [InlineData("Form.Age", "-3", "Referrals.Errors.AgeInvalid")]
    public async Task Bad_input_is_refused_with_a_localized_message_and_nothing_typed_is_lost(string field, string value, string messageKey)
    {
        var fields = UrgentPoliceCall("Zadržano Ime");
        fields[field] = value;
        var before = await app.Factory.WithDbAsync(db => db.Referrals.CountAsync());

        var (_, response) = await LogAsync("radnik", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text(messageKey).Split('{')[0], page.Body!.TextContent);
        Assert.Equal("Zadržano Ime", page.QuerySelector("#Form_PersonNameOrAlias")!.GetAttribute("value"));
        Assert.Equal("Pozvala je iz benzinske stanice.", page.QuerySelector("#Form_Circumstances")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Form_Child[checked]"));
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.Referrals.CountAsync()));
    }

    [Fact]
    public async Task Over_long_text_is_refused()
    {
        var fields = UrgentPoliceCall("Dugačak Tekst");
        fields["Form.Circumstances"] = new string('x', Referral.CircumstancesMaxLength + 1);

        var (_, response) = await LogAsync("radnik", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Ui.Text("Validation.TooLong", Referral.CircumstancesMaxLength), (await TestClient.ParseAsync(response)).Body!.TextContent);
    }

    [Fact]
    public async Task Another_caseworker_cannot_open_the_referral_by_changing_the_id_but_the_coordinator_can()
    {
        var (_, response) = await LogAsync("radnik", UrgentPoliceCall("Tuđa Prijava"));
        var url = response.Headers.Location!.OriginalString;

        using var other = app.Factory.CreateTestClient();
        await other.SignInAsync("radnik2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);

        using var coordinator = app.Factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("prihvatiliste")]
    [InlineData("rukovodstvo")]
    [InlineData("admin")]
    public async Task Shelter_staff_management_and_the_administrator_cannot_log_referrals(string user)
    {
        using var client = app.Factory.CreateTestClient();
        await client.SignInAsync(user);

        var response = await client.Http.GetAsync("/Referrals/Log");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
