using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.IntegrationTests.Infrastructure;
using static TraffickingCare.IntegrationTests.Features.Activity.Trainings.TrainingForms;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>Trainings driven through their pages: recorded, listed, shown, corrected. Tests share one app; each works on topics of its own.</summary>
public sealed class TrainingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private DateOnly LastWeek => Factory.Arrange.Today.AddDays(-7);

    [Fact]
    public async Task A_form_shown_again_after_the_sectors_changed_meanwhile_keeps_each_count_beside_its_own_sector_and_saves()
    {
        // An app of its own: the sector list changes under the open form.
        await using var factory = new AppFactory();
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var staffId = await KoordinatorIdAsync(factory);
        var form = await koordinator.GetPageAsync("/Activity/Trainings/New");
        var fields = Kraljevo(form, LastWeek, "Sektori su se promenili", staffId, new() { ["Form.Hours"] = "nula" });
        var retired = form.QuerySelectorAll("input[type=hidden][name$='.Code']").Select(i => i.GetAttribute("value")!)
            .First(code => code is not "SocialProtection" and not "Police");
        fields[SectorField(form, retired)] = "3";
        await factory.Arrange.RetireCodeAsync("TrainingSector", retired);
        await factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(CodeListItem.Create("TrainingSector", "AaNewSector", new CodeListLabels("Novi sektor", "Нови сектор", "New sector"), -1));
            return db.SaveChangesAsync();
        });

        var refused = await koordinator.SubmitAsync(form, Selector, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        var codes = again.QuerySelectorAll("input[type=hidden][name$='.Code']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal("AaNewSector", codes[0]);
        Assert.DoesNotContain(retired, codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(("20", "15", string.Empty), (Value(again, SectorField(again, "SocialProtection")), Value(again, SectorField(again, "Police")), Value(again, SectorField(again, "AaNewSector"))));
        Assert.NotEmpty(Error(again, "Form.Hours"));

        // The retired sector's 3 have no row any more: moved to the new sector, the totals add up and the form saves.
        var saved = await koordinator.SubmitAsync(again, Selector, new Dictionary<string, string> { ["Form.Hours"] = "16", [SectorField(again, "AaNewSector")] = "3", ["Form.Women"] = "25" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var counts = await factory.WithDbAsync(db => db.Trainings.AsNoTracking().Where(t => t.Topic == "Sektori su se promenili")
            .SelectMany(t => t.Sectors).Where(s => s.Count > 0).ToDictionaryAsync(s => s.SectorCode, s => s.Count));
        Assert.Equal(new Dictionary<string, int> { ["AaNewSector"] = 3, ["Police"] = 15, ["SocialProtection"] = 20 }, counts);
    }

    [Fact]
    public async Task A_coordinator_records_last_weeks_training_and_sees_it_in_the_list_and_on_its_page()
    {
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var staffId = await KoordinatorIdAsync(Factory);
        var form = await koordinator.GetPageAsync("/Activity/Trainings/New");

        var response = await koordinator.SubmitAsync(form, Selector, Kraljevo(form, LastWeek, "Prepoznavanje žrtava trgovine ljudima", staffId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Factory.WithDbAsync(db => db.Trainings.AsNoTracking().Include(t => t.Sectors).Include(t => t.Trainers)
            .SingleAsync(t => t.Topic == "Prepoznavanje žrtava trgovine ljudima"));
        Assert.Equal($"/Activity/Trainings/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(35, saved.Participants);
        Assert.Equal(20, saved.Sectors.Single(s => s.SectorCode == "SocialProtection").Count);
        Assert.Equal(2, saved.Trainers.Count);
        Assert.Equal("AKR-153/2026", saved.AccreditationNumber);

        var page = await koordinator.GetPageAsync($"/Activity/Trainings/{saved.Id}");
        Assert.Equal(LastWeek.ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#training-held-on")!.TextContent.Trim());
        Assert.Equal("Kraljevo", page.QuerySelector("#training-municipality")!.TextContent.Trim());
        Assert.Contains("AKR-153/2026", page.QuerySelector("#training-accredited")!.TextContent);
        var trainers = page.QuerySelector("#training-trainers")!.TextContent;
        Assert.Contains("Milena Zamislić, Pravosudna akademija", trainers);
        var displayName = await Factory.WithDbAsync(db => db.Users.Where(u => u.Id == staffId).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains(displayName, trainers);
        var bySector = page.QuerySelector("#by-sector")!.TextContent;
        Assert.Contains("Socijalna zaštita", bySector);
        Assert.Contains("20", bySector);
        Assert.Contains("Policija", bySector);
        Assert.Contains("22", page.QuerySelector("#by-sex")!.TextContent);
        Assert.NotNull(page.QuerySelector("#edit-training"));

        var list = await koordinator.GetPageAsync("/Activity/Trainings?Municipality=RS-KRALJEVO");
        var row = list.QuerySelector($"#training-{saved.Id}")!.TextContent;
        Assert.Contains("Prepoznavanje žrtava trgovine ljudima", row);
        Assert.Contains(LastWeek.ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture), row);
        Assert.Contains("Kraljevo", row);
        Assert.Equal("35", list.QuerySelector($"#training-{saved.Id} .participants")!.TextContent.Trim());
        Assert.NotNull(list.QuerySelector("#new-training"));
    }

    [Fact]
    public async Task A_caseworker_reads_the_list_and_a_training_but_is_offered_no_change()
    {
        var training = await Factory.TrainingAsync("Čitanje obuke radnik", LastWeek);
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");

        var list = await radnik.GetPageAsync("/Activity/Trainings");
        var page = await radnik.GetPageAsync($"/Activity/Trainings/{training.Id}");

        Assert.NotNull(list.QuerySelector($"#training-{training.Id}"));
        Assert.Null(list.QuerySelector("#new-training"));
        Assert.Equal("Čitanje obuke radnik", page.QuerySelector("#training-topic")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#edit-training"));
        Assert.Null(page.QuerySelector("#remove-training"));
        Assert.Null(page.QuerySelector("#upload-material"));
    }

    [Fact]
    public async Task A_coordinator_corrects_a_training_and_a_save_from_an_older_page_is_refused_with_the_typed_values_kept()
    {
        var training = await Factory.TrainingAsync("Ispravka obuke", LastWeek, "RS-NIS", ("Police", 10));
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var first = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}/Edit");
        var second = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}/Edit");
        Assert.Equal("Ispravka obuke", Value(first, "Form.Topic"));
        Assert.Equal("Vesna Primerić", Value(first, "Form.ExternalTrainers[0].Name"));

        var done = await koordinator.SubmitAsync(first, Selector, new Dictionary<string, string>
        {
            ["Form.Topic"] = "Ispravka obuke, drugi dan",
            [SectorField(first, "Police")] = "6",
            [SectorField(first, "Health")] = "4",
        });
        var stale = await koordinator.SubmitAsync(second, Selector, new Dictionary<string, string> { ["Form.Topic"] = "Ispravka obuke, zastarela" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/Activity/Trainings/{training.Id}", done.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var again = await TestClient.ParseAsync(stale);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Ispravka obuke, zastarela", Value(again, "Form.Topic"));
        var saved = await Factory.WithDbAsync(db => db.Trainings.AsNoTracking().Include(t => t.Sectors).SingleAsync(t => t.Id == training.Id));
        Assert.Equal("Ispravka obuke, drugi dan", saved.Topic);
        Assert.Equal(6, saved.Sectors.Single(s => s.SectorCode == "Police").Count);
        Assert.Equal(4, saved.Sectors.Single(s => s.SectorCode == "Health").Count);
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "Form.Women", "-3", "Form.Women", "Activity.Errors.NegativeCount" },
        { "Form.Men", "10", "#participants-error", "TotalsDifferBy" },
        { "Form.HeldOn", "future", "Form.HeldOn", "Activity.Errors.HeldOn" },
        { "Form.HeldOn", "31.12.1999.", "Form.HeldOn", "Activity.Errors.HeldOn" },
        { "Form.AccreditationNumber", "", "Form.AccreditationNumber", "Activity.Errors.AccreditationNumber" },
        { "Form.StaffTrainerIds", "", "#trainers-error", "Activity.Errors.Trainers" },
        { "Form.Hours", "0", "Form.Hours", "Activity.Errors.Hours" },
        { "Form.MunicipalityCode", "RS-NEPOSTOJECA", "#Form_MunicipalityCode-error", "Validation.UnknownOption" },
        { "Form.Sectors[0].Code", "Astrologija", "Form.Sectors", "Validation.UnknownOption" },
    };

    /// <summary>Each bad item is refused with its own message on its field; everything typed stays and nothing is saved.</summary>
    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task A_bad_item_is_refused_on_its_field_and_the_form_keeps_what_was_typed(string field, string value, string where, string message)
    {
        var topic = $"Odbijena obuka {field} {value}";
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Activity/Trainings/New");
        var overrides = new Dictionary<string, string>
        {
            [field] = value == "future" ? Factory.Arrange.Today.AddDays(400).ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture) : value,
        };
        if (field == "Form.StaffTrainerIds")
        {
            overrides["Form.ExternalTrainers[0].Name"] = string.Empty;
            overrides["Form.ExternalTrainers[0].Institution"] = string.Empty;
        }

        var response = await koordinator.SubmitAsync(form, Selector, Kraljevo(form, LastWeek, topic, await KoordinatorIdAsync(Factory), overrides));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var expected = message == "TotalsDifferBy" ? Ui.Text("Activity.Errors.TotalsDifferBy", 35, 32) : Ui.Text(message);
        var shown = where.StartsWith('#') ? page.QuerySelector(where)!.TextContent.Trim() : Error(page, where);
        Assert.Equal(expected, shown);
        Assert.Equal(topic, Value(page, "Form.Topic"));
        Assert.Equal("20", Value(page, SectorField(page, "SocialProtection")));
        Assert.Equal(field == "Form.Women" ? value : "22", Value(page, "Form.Women"));
        if (field != "Form.StaffTrainerIds")
        {
            Assert.Equal("Milena Zamislić", Value(page, "Form.ExternalTrainers[0].Name"));
        }

        Assert.False(await Factory.WithDbAsync(db => db.Trainings.AnyAsync(t => t.Topic == topic)));
    }

    [Fact]
    public async Task A_coordinator_removes_a_training_and_it_leaves_the_list_but_its_row_stays()
    {
        var training = await Factory.TrainingAsync("Obuka za uklanjanje", LastWeek);
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}");

        var response = await koordinator.SubmitAsync(page, "#remove-training");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Activity/Trainings", response.Headers.Location!.OriginalString);
        Assert.Null((await koordinator.GetPageAsync("/Activity/Trainings")).QuerySelector($"#training-{training.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await koordinator.Http.GetAsync($"/Activity/Trainings/{training.Id}")).StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.Trainings.IgnoreQueryFilters().AnyAsync(t => t.Id == training.Id && t.IsDeleted)));
    }

    [Fact]
    public async Task A_removal_from_a_page_older_than_a_correction_is_told_and_removes_nothing()
    {
        var training = await Factory.TrainingAsync("Obuka koja se ispravlja", LastWeek);
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var older = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}");
        var edit = await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(edit, Selector, new Dictionary<string, string> { ["Form.Topic"] = "Obuka, ispravljena" })).StatusCode);

        var response = await koordinator.SubmitAsync(older, "#remove-training");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await koordinator.GetPageAsync(response.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.False(await Factory.WithDbAsync(db => db.Trainings.IgnoreQueryFilters().AnyAsync(t => t.Id == training.Id && t.IsDeleted)));
        Assert.NotNull((await koordinator.GetPageAsync("/Activity/Trainings")).QuerySelector($"#training-{training.Id}"));
    }
}
