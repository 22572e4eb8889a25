using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>The person's non-identifying profile and the exploitation record: saved by the team, read by management.</summary>
public sealed class CaseStatisticsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> CaseLedByRadnikAsync() => (await app.Factory.Arrange.Case()).Id;

    private Task<TestClient> SignedInAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    /// <summary>Ticks checkboxes of a group as a user would (and unticks the others).</summary>
    private static IHtmlDocument Tick(IHtmlDocument page, string name, params string[] codes)
    {
        foreach (var box in page.QuerySelectorAll($"input[type=checkbox][name='{name}']").OfType<IHtmlInputElement>())
        {
            box.IsChecked = codes.Contains(box.Value);
        }

        return page;
    }

    private Task<string> LabelAsync(string list, string code) =>
        app.Factory.WithDbAsync(db => db.CodeListItems.Where(c => c.List == list && c.Code == code).Select(c => c.LabelLatin).SingleAsync());

    private Task<List<string>> RowsAsync(Guid id, string field) =>
        app.Factory.WithDbAsync(db => db.CaseCodeListValues.Where(v => v.CaseId == id && v.Field == field).Select(v => v.Code).OrderBy(c => c).ToListAsync());

    private async Task SaveExploitationAsync(TestClient client, Guid id, string[] types, string[] countries, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync($"/Cases/Exploitation/{id}");
        Tick(page, "Form.Types", types);
        Tick(page, "Form.Countries", countries);
        var response = await client.SubmitAsync(page, "form#exploitation-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_lead_caseworker_records_profile_and_exploitation_and_the_case_page_shows_their_labels()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");

        var profile = Tick(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "Form.Languages", "srp", "rom");
        Tick(profile, "Form.Vulnerabilities", "RomaCommunity", "Poverty");
        var saved = await caseworker.SubmitAsync(profile, "form#profile-form", new Dictionary<string, string>
        {
            ["Form.SexCode"] = "Feminine",
            ["Form.Age"] = "16",
            ["Form.CitizenshipCode"] = "RS",
            ["Form.EducationCode"] = "PrimaryEducation",
            ["Form.MaritalStatusCode"] = "Single",
            ["Form.ResidenceMunicipalityCode"] = "RS-NIS",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Cases/Details/{id}", saved.Headers.Location!.OriginalString);
        await SaveExploitationAsync(caseworker, id, ["SexualExploitation", "ForcedBegging", "ForcedCriminality"], ["RS", "DE"], new()
        {
            ["Form.IsTransnational"] = "true",
            ["Form.MunicipalityCode"] = "RS-BEOGRAD",
            ["Form.From"] = "01.03.2024.",
            ["Form.To"] = "15.09.2024.",
            ["Form.RecruitmentMethodCode"] = "IntimatePartner",
            ["Form.RelationshipToTraffickerCode"] = "Acquainted",
        });

        Assert.Equal(["ForcedBegging", "ForcedCriminality", "SexualExploitation"], await RowsAsync(id, CaseCodeFields.ExploitationType));
        Assert.Equal(["DE", "RS"], await RowsAsync(id, CaseCodeFields.ExploitationCountry));
        Assert.Equal(["rom", "srp"], await RowsAsync(id, CaseCodeFields.Language));
        var file = await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(new PersonProfile("Feminine", 16, "RS", "PrimaryEducation", "Single", "RS-NIS"), file.Profile);
        Assert.True(file.IsChildAtExploitation);
        Assert.Equal(new ExploitationRecord(true, "RS-BEOGRAD", new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 15), "IntimatePartner", "Acquainted"), file.Exploitation);

        var page = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        var types = page.QuerySelector("#exploitation-types")!.TextContent;
        Assert.Contains(await LabelAsync("ExploitationType", "ForcedCriminality"), types);
        Assert.Contains(Ui.Text("Cases.Exploitation.Multiple"), types);
        Assert.Contains(await LabelAsync("Citizenship", "DE"), page.QuerySelector("#exploitation-countries")!.TextContent);
        Assert.Equal(await LabelAsync("Sex", "Feminine"), page.QuerySelector("#profile-sex")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Common.Yes"), page.QuerySelector("#profile-child")!.TextContent.Trim());
        Assert.Contains("01.03.2024.", page.QuerySelector("#exploitation-period")!.TextContent);
        Assert.True(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CaseCodeListValue) && a.Changes!.Contains("ForcedCriminality"))));
    }

    [Fact]
    public async Task Unticking_a_form_removes_only_that_row_and_the_edit_form_shows_what_is_saved()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SaveExploitationAsync(caseworker, id, ["SexualExploitation", "ForcedLabour"], ["RS"]);

        await SaveExploitationAsync(caseworker, id, ["ForcedLabour"], ["RS"]);

        Assert.Equal(["ForcedLabour"], await RowsAsync(id, CaseCodeFields.ExploitationType));
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.CaseCodeListValues.IgnoreQueryFilters().CountAsync(v => v.CaseId == id && v.Code == "SexualExploitation" && v.IsDeleted)));
        var form = await caseworker.GetPageAsync($"/Cases/Exploitation/{id}");
        Assert.True(((IHtmlInputElement)form.QuerySelector("input[name='Form.Types'][value='ForcedLabour']")!).IsChecked);
        Assert.False(((IHtmlInputElement)form.QuerySelector("input[name='Form.Types'][value='SexualExploitation']")!).IsChecked);
    }

    [Fact]
    public async Task An_unknown_code_is_refused_with_the_localized_message_and_everything_typed_is_kept()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        var page = Tick(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "Form.Languages", "hun");

        var response = await caseworker.SubmitAsync(page, "form#profile-form", new Dictionary<string, string>
        {
            ["Form.SexCode"] = "Masculine",
            ["Form.Age"] = "30",
            ["Form.CitizenshipCode"] = "Atlantis",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Validation.UnknownOption"), refused.QuerySelector("#Form_CitizenshipCode-error")!.TextContent);
        Assert.Equal("Form_CitizenshipCode-error", refused.QuerySelector("#Form_CitizenshipCode")!.GetAttribute("aria-describedby"));
        Assert.Equal("Masculine", ((IHtmlSelectElement)refused.QuerySelector("#Form_SexCode")!).Value);
        Assert.Equal("30", refused.QuerySelector("#Form_Age")!.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)refused.QuerySelector("input[name='Form.Languages'][value='hun']")!).IsChecked);
        var file = await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(PersonProfile.Unknown, file.Profile);
        Assert.Empty(await RowsAsync(id, CaseCodeFields.Language));
    }

    [Fact]
    public async Task A_dual_citizen_s_further_citizenships_are_recorded_and_shown_and_one_that_repeats_the_first_is_refused()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");

        var repeated = Tick(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "Form.FurtherCitizenships", "RS", "BA");
        var response = await caseworker.SubmitAsync(repeated, "form#profile-form", new Dictionary<string, string> { ["Form.CitizenshipCode"] = "RS" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Cases.Profile.Errors.FurtherCitizenshipIsFirst"), refused.QuerySelector("#Form_FurtherCitizenships-error")!.TextContent);
        Assert.Equal(
            ["BA", "RS"],
            refused.QuerySelectorAll("input[name='Form.FurtherCitizenships']:checked").OfType<IHtmlInputElement>().Select(b => b.Value).Order(StringComparer.Ordinal));
        Assert.Empty(await RowsAsync(id, CaseCodeFields.FurtherCitizenship));

        var saved = await caseworker.SubmitAsync(Tick(refused, "Form.FurtherCitizenships", "BA"), "form#profile-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["BA"], await RowsAsync(id, CaseCodeFields.FurtherCitizenship));
        var page = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        Assert.Equal(await LabelAsync("Citizenship", "BA"), page.QuerySelector("#profile-further-citizenships")!.TextContent.Trim());
        Assert.Equal(["BA"], (await caseworker.GetPageAsync($"/Cases/Profile/{id}")).QuerySelectorAll("input[name='Form.FurtherCitizenships']:checked")
            .OfType<IHtmlInputElement>().Select(b => b.Value));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_or_lies_in_the_future_is_refused_and_kept_as_typed()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        var future = TraffickingCare.Web.Infrastructure.Time.CentreClock.FormatDate(DateOnly.FromDateTime(app.Factory.Clock.GetUtcNow().UtcDateTime.AddDays(40)));

        var page = Tick(await caseworker.GetPageAsync($"/Cases/Exploitation/{id}"), "Form.Types", "ForcedLabour");
        var response = await caseworker.SubmitAsync(page, "form#exploitation-form", new Dictionary<string, string> { ["Form.From"] = "10.05.2024.", ["Form.To"] = "09.05.2024." });
        var refused = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Cases.Exploitation.Errors.PeriodOrder"), refused.QuerySelector("#Form_To-error")!.TextContent);
        Assert.Equal("10.05.2024.", refused.QuerySelector("#Form_From")!.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)refused.QuerySelector("input[name='Form.Types'][value='ForcedLabour']")!).IsChecked);

        var late = await TestClient.ParseAsync(await caseworker.SubmitAsync(refused, "form#exploitation-form", new Dictionary<string, string> { ["Form.From"] = future, ["Form.To"] = "" }));
        Assert.Equal(Ui.Text("Cases.Exploitation.Errors.DateInvalid"), late.QuerySelector("#Form_From-error")!.TextContent);
        Assert.Empty(await RowsAsync(id, CaseCodeFields.ExploitationType));
    }

    [Fact]
    public async Task A_save_from_an_old_page_is_refused_shows_what_was_saved_and_applies_nothing()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        using var coordinator = await SignedInAsync("koordinator");
        var stale = await caseworker.GetPageAsync($"/Cases/Exploitation/{id}");
        await SaveExploitationAsync(coordinator, id, ["ForcedMarriage"], []);

        Tick(stale, "Form.Types", "Servitude");
        var late = await caseworker.SubmitAsync(stale, "form#exploitation-form", new Dictionary<string, string> { ["Form.From"] = "01.01.2025." });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await TestClient.ParseAsync(late);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), page.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains(await LabelAsync("ExploitationType", "ForcedMarriage"), page.QuerySelector("#exploitation-types")!.TextContent);
        Assert.Equal("01.01.2025.", page.QuerySelector("#Form_From")!.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='Form.Types'][value='Servitude']")!).IsChecked);
        Assert.Equal(["ForcedMarriage"], await RowsAsync(id, CaseCodeFields.ExploitationType));
        Assert.Null((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).Exploitation.From);

        // Having seen the other change, saving again is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(page, "form#exploitation-form")).StatusCode);
        Assert.Equal(["Servitude"], await RowsAsync(id, CaseCodeFields.ExploitationType));
    }

    [Fact]
    public async Task A_retired_value_already_on_a_case_is_kept_on_an_unchanged_save_but_offered_to_no_other_case()
    {
        var id = await CaseLedByRadnikAsync();
        var other = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        var page = Tick(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "Form.Vulnerabilities", "SubstanceUse");
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(page, "form#profile-form", new Dictionary<string, string> { ["Form.MaritalStatusCode"] = "Widowed" })).StatusCode);
        await SetActiveAsync(false);
        try
        {
            var unchanged = await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "form#profile-form", new Dictionary<string, string> { ["Form.Age"] = "40" });
            Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
            Assert.Equal(["SubstanceUse"], await RowsAsync(id, CaseCodeFields.Vulnerability));
            Assert.Contains(await LabelAsync("Vulnerability", "SubstanceUse"), (await caseworker.GetPageAsync($"/Cases/Details/{id}")).QuerySelector("#profile-vulnerabilities")!.TextContent);

            var otherPage = await caseworker.GetPageAsync($"/Cases/Profile/{other}");
            Assert.Null(otherPage.QuerySelector("input[name='Form.Vulnerabilities'][value='SubstanceUse']"));
            var refused = await caseworker.PostWithTokenAsync($"/Cases/Profile/{other}", ("Form.Version", "1"), ("Form.Vulnerabilities", "SubstanceUse"));
            Assert.Equal(Ui.Text("Validation.UnknownOption"), (await TestClient.ParseAsync(refused)).QuerySelector("#Form_Vulnerabilities-error")!.TextContent);
        }
        finally
        {
            await SetActiveAsync(true);
        }

        Task SetActiveAsync(bool active) => app.Factory.WithDbAsync(async db =>
        {
            var item = await db.CodeListItems.SingleAsync(c => c.List == "Vulnerability" && c.Code == "SubstanceUse");
            if (active)
            {
                item.Activate();
            }
            else
            {
                item.Deactivate();
            }

            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_known_date_of_birth_decides_the_child_flag()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Cases/Person/{id}"), "form#person-form",
            new Dictionary<string, string> { ["Form.DateOfBirth"] = "20.07.2007." })).StatusCode);

        await SaveExploitationAsync(caseworker, id, ["ForcedLabour"], [], new() { ["Form.From"] = "19.07.2025." });

        var file = await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(17, file.Profile.AgeAtExploitation);
        Assert.True(file.IsChildAtExploitation);

        // A corrected date of birth settles the age again.
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(await caseworker.GetPageAsync($"/Cases/Person/{id}"), "form#person-form",
            new Dictionary<string, string> { ["Form.DateOfBirth"] = "10.07.2007." })).StatusCode);
        file = await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(18, file.Profile.AgeAtExploitation);
        Assert.False(file.IsChildAtExploitation);
    }

    [Fact]
    public async Task A_stale_save_that_only_ticks_a_language_is_refused_too()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        var stale = await caseworker.GetPageAsync($"/Cases/Profile/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(Tick(await caseworker.GetPageAsync($"/Cases/Profile/{id}"), "Form.Languages", "eng"), "form#profile-form")).StatusCode);

        var late = await caseworker.SubmitAsync(Tick(stale, "Form.Languages", "eng", "deu"), "form#profile-form");

        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(late)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(["eng"], await RowsAsync(id, CaseCodeFields.Language));
    }

    [Fact]
    public async Task Management_reads_both_panels_without_a_way_to_edit_them()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        await SaveExploitationAsync(caseworker, id, ["ForcedLabour"], ["RS"]);
        using var management = await SignedInAsync("rukovodstvo");

        var page = await management.GetPageAsync($"/Cases/Details/{id}");

        Assert.NotNull(page.QuerySelector("#profile-panel"));
        Assert.Contains(await LabelAsync("ExploitationType", "ForcedLabour"), page.QuerySelector("#exploitation-types")!.TextContent);
        Assert.Null(page.QuerySelector("#edit-profile"));
        Assert.Null(page.QuerySelector("#edit-exploitation"));
    }
}
