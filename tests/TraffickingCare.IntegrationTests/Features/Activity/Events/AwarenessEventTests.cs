using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Features.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Events;

/// <summary>Awareness events driven through their pages. Tests share one app; each works on events of its own titles.</summary>
public sealed class AwarenessEventTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_coordinator_records_the_eu_day_with_its_partners_and_the_list_shows_it()
    {
        var police = await Factory.PartnerAsync("PU Smederevo događaj", Sector.Police, "RS-SMEDEREVO");
        var school = await Factory.PartnerAsync("Gimnazija Smederevo događaj", Sector.Education, "RS-SMEDEREVO");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Activity/Events/New");
        form.Check("Form.PartnerIds", police.Id.ToString());
        form.Check("Form.PartnerIds", school.Id.ToString());

        var response = await koordinator.SubmitAsync(form, "#event-form", new Dictionary<string, string>
        {
            ["Form.HeldOn"] = "18.10.2025.",
            ["Form.Kind"] = "EuDay",
            ["Form.Title"] = "Evropski dan u Smederevu",
            ["Form.MunicipalityCode"] = "RS-SMEDEREVO",
            ["Form.Audience"] = "srednjoškolci",
            ["Form.PeopleReached"] = "250",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Activity/Events", response.Headers.Location!.OriginalString);

        var saved = await Factory.WithDbAsync(db => db.AwarenessEvents.AsNoTracking().SingleAsync(e => e.Title == "Evropski dan u Smederevu"));
        Assert.Equal(new DateOnly(2025, 10, 18), saved.HeldOn);
        Assert.Equal(AwarenessEventKind.EuDay, saved.Kind);
        Assert.Equal(250, saved.PeopleReached);
        var edit = await koordinator.GetPageAsync($"/Activity/Events/{saved.Id}/Edit");
        Assert.Equal("Evropski dan u Smederevu", edit.ValueOf("Form.Title"));
        Assert.Equal(new[] { police.Id.ToString(), school.Id.ToString() }.Order(), edit.CheckedOf("Form.PartnerIds").Order());

        var list = await koordinator.GetPageAsync("/Activity/Events?Year=2025&Kind=EuDay");
        var row = list.QuerySelector($"#event-{saved.Id}")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("18.10.2025.", cells[0]);
        Assert.Equal(Ui.Text("Activity.EventKind.EuDay"), cells[1]);
        Assert.Equal("Evropski dan u Smederevu", cells[2]);
        Assert.Equal("Smederevo", cells[3]);
        Assert.Equal("250", cells[4]);
        Assert.Equal("Gimnazija Smederevo događaj, PU Smederevo događaj", cells[5]);

        // A partner unticked on the edit page leaves the event.
        edit.Check("Form.PartnerIds", police.Id.ToString(), false);
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(edit, "#event-form", new Dictionary<string, string> { ["Form.PeopleReached"] = "300" })).StatusCode);
        var after = await koordinator.GetPageAsync("/Activity/Events?Year=2025&Kind=EuDay");
        var changed = after.QuerySelector($"#event-{saved.Id}")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("300", changed[4]);
        Assert.Equal("Gimnazija Smederevo događaj", changed[5]);
    }

    [Fact]
    public async Task The_list_is_newest_first_a_national_event_has_no_place_and_the_filter_narrows_it()
    {
        await Factory.EventAsync("Kampanja stara lista", new DateOnly(2021, 3, 1), AwarenessEventKind.Campaign, municipality: null);
        await Factory.EventAsync("Tribina nova lista", new DateOnly(2021, 7, 30), AwarenessEventKind.Tribune);
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync("/Activity/Events?Year=2021");

        var titles = page.QuerySelectorAll("#events tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.Equal(["Tribina nova lista", "Kampanja stara lista"], titles);
        Assert.Equal("—", page.QuerySelectorAll("#events tbody tr")[1].QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Null(page.QuerySelector("#new-event"));
        var campaigns = await radnik.GetPageAsync("/Activity/Events?Year=2021&Kind=Campaign");
        Assert.Equal(["Kampanja stara lista"], campaigns.QuerySelectorAll("#events tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.NotNull(campaigns.QuerySelector("#e-kind option[value='Campaign'][selected]"));
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "Form.PeopleReached", "-5", "Activity.Errors.NegativeCount" },
        { "Form.PeopleReached", "", "Activity.EventsPage.PeopleReachedRequired" },
        { "Form.PeopleReached", "10000001", "Activity.Errors.PeopleReached" },
        { "Form.HeldOn", "31.12.1999.", "Activity.Errors.HeldOn" },
        { "Form.HeldOn", "nekad", "Activity.Errors.HeldOn" },
        { "Form.Kind", "", "Activity.Errors.EventKind" },
        { "Form.Kind", "3", "Activity.Errors.EventKind" },
        { "Form.Title", "", "Activity.Errors.Title" },
        { "Form.MunicipalityCode", "RS-NEPOSTOJI", "Validation.UnknownOption" },
        { "Form.PartnerIds", "not-a-guid", "Activity.EventsPage.UnknownPartner" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task A_bad_value_is_refused_on_its_field_with_everything_typed_kept(string field, string value, string message)
    {
        var title = $"Odbijeno {field} {value}";
        await Factory.PartnerAsync($"Partner odbijanja {new string([.. (field + value).Where(char.IsAsciiLetter)])}", Sector.Ngo);
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Activity/Events/New");
        var fields = new Dictionary<string, string>
        {
            ["Form.HeldOn"] = "30.07.2025.",
            ["Form.Kind"] = "WorldDay",
            ["Form.Title"] = title,
            ["Form.MunicipalityCode"] = "RS-NIS",
            ["Form.Audience"] = "studenti",
            ["Form.PeopleReached"] = "120",
        };
        fields[field] = value;

        var response = await koordinator.SubmitAsync(form, "#event-form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text(message), again.ErrorOf(field));
        Assert.Equal("studenti", again.ValueOf("Form.Audience"));
        if (field != "Form.Title")
        {
            Assert.Equal(title, again.ValueOf("Form.Title"));
        }

        if (field is "Form.PeopleReached" or "Form.HeldOn")
        {
            Assert.Equal(value, again.ValueOf(field));
        }

        Assert.False(await Factory.WithDbAsync(db => db.AwarenessEvents.AnyAsync(e => e.Title == title)));
    }

    [Fact]
    public async Task A_save_from_a_page_older_than_the_event_is_told_and_keeps_what_was_typed()
    {
        var recorded = await Factory.EventAsync("Tribina dva urednika", new DateOnly(2025, 5, 5));
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        using var rukovodstvo = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var first = await koordinator.GetPageAsync($"/Activity/Events/{recorded.Id}/Edit");
        var second = await rukovodstvo.GetPageAsync($"/Activity/Events/{recorded.Id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(first, "#event-form", new Dictionary<string, string> { ["Form.PeopleReached"] = "70" })).StatusCode);

        var stale = await rukovodstvo.SubmitAsync(second, "#event-form", new Dictionary<string, string> { ["Form.PeopleReached"] = "90" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var again = await TestClient.ParseAsync(stale);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("90", again.ValueOf("Form.PeopleReached"));
        Assert.Equal(70, await Factory.WithDbAsync(db => db.AwarenessEvents.Where(e => e.Id == recorded.Id).Select(e => e.PeopleReached).SingleAsync()));

        // Saving again from the page that told is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.Redirect, (await rukovodstvo.SubmitAsync(again, "#event-form")).StatusCode);
        Assert.Equal(90, await Factory.WithDbAsync(db => db.AwarenessEvents.Where(e => e.Id == recorded.Id).Select(e => e.PeopleReached).SingleAsync()));
    }

    [Fact]
    public async Task An_event_recorded_by_mistake_is_removed_and_no_longer_listed()
    {
        var recorded = await Factory.EventAsync("Greškom uneta tribina", new DateOnly(2022, 2, 2));
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var edit = await koordinator.GetPageAsync($"/Activity/Events/{recorded.Id}/Edit");

        var response = await koordinator.SubmitAsync(edit, "#remove-event-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await koordinator.GetPageAsync("/Activity/Events?Year=2022");
        Assert.Null(list.QuerySelector($"#event-{recorded.Id}"));
        Assert.True(await Factory.WithDbAsync(db => db.AwarenessEvents.IgnoreQueryFilters().Where(e => e.Id == recorded.Id).Select(e => e.IsDeleted).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await koordinator.Http.GetAsync($"/Activity/Events/{recorded.Id}/Edit")).StatusCode);
    }

    [Fact]
    public async Task The_list_costs_the_same_sql_commands_for_few_or_many_events_with_partners()
    {
        var partners = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            partners.Add((await Factory.PartnerAsync($"Partner brojanja {(char)('a' + i)}", Sector.Ngo)).Id);
        }

        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        await Factory.EventAsync("Brojanje prvi", new DateOnly(2019, 1, 1), partners: [.. partners]);
        counter.Reset();
        await radnik.GetPageAsync("/Activity/Events?Year=2019");
        var few = counter.Count;

        for (var i = 0; i < 12; i++)
        {
            await Factory.EventAsync($"Brojanje {i}", new DateOnly(2019, 2, 1 + i), municipality: i % 2 == 0 ? "RS-BOR" : "RS-NIS", partners: [.. partners]);
        }

        counter.Reset();
        var page = await radnik.GetPageAsync("/Activity/Events?Year=2019");

        Assert.Equal(13, page.QuerySelectorAll("#events tbody tr").Length);
        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
    }
}
