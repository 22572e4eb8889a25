using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.CodeLists;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.IntegrationTests.Features.CodeLists;

/// <summary>
/// The code-list screens, driven through real forms as an administrator. Tests share one app but each
/// changes a different value, so their order does not matter.
/// </summary>
public sealed class CodeListAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_seeded_code_lists_appear_on_the_index_with_their_counts()
    {
        using var admin = await SignedInAsync("admin");

        var page = await admin.GetPageAsync("/CodeLists");

        foreach (var (list, values) in CodeListSeeder.Load())
        {
            var row = page.QuerySelector($"tr[data-list='{list}']");
            Assert.True(row is not null, $"{list} is not listed");
            var inDatabase = await Factory.WithDbAsync(db => db.CodeListItems.CountAsync(x => x.List == list));
            Assert.True(inDatabase >= values.Count, $"{list} was not fully seeded");
            Assert.Equal(inDatabase.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-count='total']")!.TextContent.Trim());
            Assert.Equal(Ui.Text($"CodeLists.Lists.{list}"), row.QuerySelector("a")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_long_list_is_shown_a_page_at_a_time_in_sort_order()
    {
        using var admin = await SignedInAsync("admin");
        var total = await Factory.WithDbAsync(db => db.CodeListItems.CountAsync(x => x.List == "Municipality"));
        Assert.True(total > CodeListValuesQuery.PageSize, "the test needs a list longer than one page");

        var first = await admin.GetPageAsync("/CodeLists/List/Municipality");
        var second = await admin.GetPageAsync("/CodeLists/List/Municipality?page=2");

        var firstCodes = Codes(first);
        Assert.Equal(CodeListValuesQuery.PageSize, firstCodes.Count);
        Assert.Equal("RS-BEOGRAD", firstCodes[0]);
        Assert.Equal("Beograd", first.QuerySelector("tr[data-code='RS-BEOGRAD'] [data-label]")!.TextContent.Trim());
        Assert.Equal(total - CodeListValuesQuery.PageSize, Codes(second).Count);
        Assert.Empty(firstCodes.Intersect(Codes(second)));
    }

    [Fact]
    public async Task An_administrator_relabels_a_value_and_the_save_is_versioned_and_audited()
    {
        using var admin = await SignedInAsync("admin");
        var before = await ValueAsync("ReferralChannel", "Letter");
        var list = await admin.GetPageAsync("/CodeLists/List/ReferralChannel");
        var form = await admin.GetPageAsync(EditLink(list, "Letter"));

        var response = await admin.SubmitAsync(form, "#edit-value-form", new Dictionary<string, string>
        {
            ["LabelLatin"] = "Pismom ili dopisom",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/CodeLists/List/ReferralChannel", response.Headers.Location?.OriginalString);
        var shown = await admin.GetPageAsync("/CodeLists/List/ReferralChannel");
        Assert.Equal("Pismom ili dopisom", shown.QuerySelector("tr[data-code='Letter'] [data-label]")!.TextContent.Trim());
        var after = await ValueAsync("ReferralChannel", "Letter");
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("Дописом", after.LabelCyrillic);
        var audit = await Factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityId == before.Id && a.Action == AuditAction.Updated).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Contains("LabelLatin", entry.Changes);
        Assert.DoesNotContain("LabelCyrillic", entry.Changes);
    }

    [Fact]
    public async Task A_stale_edit_form_is_refused_with_the_conflict_message_and_the_typed_values_kept()
    {
        using var first = await SignedInAsync("admin");
        using var second = await SignedInAsync("admin");
        var id = (await ValueAsync("SupportType", "Escort")).Id;
        var firstForm = await first.GetPageAsync($"/CodeLists/Edit/{id}");
        var secondForm = await second.GetPageAsync($"/CodeLists/Edit/{id}");

        var won = await first.SubmitAsync(firstForm, "#edit-value-form", new Dictionary<string, string> { ["LabelEnglish"] = "Escort (first)" });
        var lost = await second.SubmitAsync(secondForm, "#edit-value-form", new Dictionary<string, string>
        {
            ["LabelEnglish"] = "Escort (second)",
            ["SortOrder"] = "999",
        });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await TestClient.ParseAsync(lost);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Escort (second)", Input(page, "LabelEnglish"));
        Assert.Equal("999", Input(page, "SortOrder"));
        Assert.Contains("Escort (first)", page.QuerySelector("#LabelEnglish-saved")!.TextContent);
        var saved = await ValueAsync("SupportType", "Escort");
        Assert.Equal("Escort (first)", saved.LabelEnglish);
        Assert.NotEqual(999, saved.SortOrder);
    }

    [Fact]
    public async Task An_administrator_adds_a_value_to_a_list()
    {
        using var admin = await SignedInAsync("admin");
        var list = await admin.GetPageAsync("/CodeLists/List/Language");
        var form = await admin.GetPageAsync(list.QuerySelector("#add-value")!.GetAttribute("href")!);

        var response = await admin.SubmitAsync(form, "#create-value-form", new Dictionary<string, string>
        {
            ["Code"] = "fin",
            ["LabelLatin"] = "Finski",
            ["LabelCyrillic"] = "Фински",
            ["LabelEnglish"] = "Finnish",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await ValueAsync("Language", "fin");
        Assert.True(created.IsActive);
        Assert.Equal("Фински", created.LabelCyrillic);
        Assert.True(created.SortOrder > await Factory.WithDbAsync(db =>
            db.CodeListItems.Where(x => x.List == "Language" && x.Code != "fin").MaxAsync(x => x.SortOrder)));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_with_a_localized_message_and_the_input_kept()
    {
        using var admin = await SignedInAsync("admin");
        var countBefore = await Factory.WithDbAsync(db => db.CodeListItems.CountAsync(x => x.List == "Sex"));
        var form = await admin.GetPageAsync("/CodeLists/Create?list=Sex");

        var response = await admin.SubmitAsync(form, "#create-value-form", new Dictionary<string, string>
        {
            ["Code"] = "feminine",
            ["LabelLatin"] = "Ženski pol",
            ["LabelCyrillic"] = "Женски пол",
            ["LabelEnglish"] = "Female sex",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("CodeLists.Errors.DuplicateCode"), page.QuerySelector("#Code-error")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("input[name='Code']")!.GetAttribute("aria-invalid"));
        Assert.Equal("feminine", Input(page, "Code"));
        Assert.Equal("Ženski pol", Input(page, "LabelLatin"));
        Assert.Equal(countBefore, await Factory.WithDbAsync(db => db.CodeListItems.CountAsync(x => x.List == "Sex")));
    }

    [Fact]
    public async Task A_deactivated_value_is_no_longer_offered_but_its_row_remains_and_can_be_reactivated()
    {
        using var admin = await SignedInAsync("admin");
        var list = await admin.GetPageAsync("/CodeLists/List/ReferralOutcome");

        var response = await admin.SubmitAsync(list, "tr[data-code='Duplicate'] form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await ValueAsync("ReferralOutcome", "Duplicate");
        Assert.False(row.IsActive);
        Assert.DoesNotContain("Duplicate", await OptionCodesAsync("ReferralOutcome"));
        Assert.Contains("Duplicate", await OptionCodesAsync("ReferralOutcome", keep: "Duplicate"));
        var shown = await admin.GetPageAsync("/CodeLists/List/ReferralOutcome");
        Assert.Equal("inactive", shown.QuerySelector("tr[data-code='Duplicate'] [data-status]")!.GetAttribute("data-status"));

        var reactivated = await admin.SubmitAsync(shown, "tr[data-code='Duplicate'] form");

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Contains("Duplicate", await OptionCodesAsync("ReferralOutcome"));
    }

    [Theory]
    [InlineData("/CodeLists")]
    [InlineData("/CodeLists/List/Sex")]
    [InlineData("/CodeLists/Create?list=Sex")]
    public async Task A_caseworker_is_forbidden_the_code_lists(string url)
    {
        using var caseworker = await SignedInAsync("radnik");

        var denied = await caseworker.GetPageAsync(url, HttpStatusCode.Forbidden);

        Assert.Null(denied.QuerySelector("#code-lists, #code-list-values, #create-value-form"));
    }

    public static TheoryData<string, string, string> ValueRoutes
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var user in new[] { "radnik", "koordinator", "rukovodstvo", "prihvatiliste" })
            {
                data.Add(user, "GET", "Edit");
                data.Add(user, "POST", "Edit");
                data.Add(user, "POST", "Deactivate");
                data.Add(user, "POST", "Activate");
            }

            return data;
        }
    }

    /// <summary>The routes that take a value's id, for every role but the administrator: forbidden, and the value unchanged.</summary>
    [Theory]
    [MemberData(nameof(ValueRoutes))]
    public async Task Only_the_administrator_reaches_a_values_routes(string user, string method, string action)
    {
        var value = await ValueAsync("Region", "VOJVODINA");
        using var client = await SignedInAsync(user);
        var url = $"/CodeLists/{action}/{value.Id}";

        var response = method == "GET"
            ? await client.Http.GetAsync(url)
            : await client.PostWithTokenAsync(url, ("LabelLatin", "Promenjeno"), ("LabelCyrillic", "Промењено"), ("LabelEnglish", "Changed"), ("SortOrder", "1"),
                ("Version", value.Version.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await ValueAsync("Region", "VOJVODINA");
        Assert.Equal((value.LabelLatin, value.IsActive, value.Version), (after.LabelLatin, after.IsActive, after.Version));
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Create")]
    [InlineData("Deactivate")]
    [InlineData("Activate")]
    public async Task Every_code_list_post_without_an_antiforgery_token_is_refused(string action)
    {
        using var admin = await SignedInAsync("admin");
        var value = await ValueAsync("Region", "VOJVODINA");
        await admin.GetPageAsync($"/CodeLists/Edit/{value.Id}"); // the antiforgery cookie is set; only the form token is missing
        var fields = new Dictionary<string, string>
        {
            ["List"] = "Region",
            ["Code"] = "NEW",
            ["LabelLatin"] = "Promenjeno",
            ["LabelCyrillic"] = "Промењено",
            ["LabelEnglish"] = "Changed",
            ["SortOrder"] = "1",
            ["Version"] = value.Version.ToString(CultureInfo.InvariantCulture),
        };
        var url = action == "Create" ? "/CodeLists/Create" : $"/CodeLists/{action}/{value.Id}";

        var response = await admin.Http.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await ValueAsync("Region", "VOJVODINA");
        Assert.Equal(value.Version, after.Version);
        Assert.Null(await Factory.WithDbAsync(db => db.CodeListItems.SingleOrDefaultAsync(x => x.List == "Region" && x.Code == "NEW")));
    }

    private Task<TestClient> SignedInAsync(string userName) => Factory.Arrange.SignedInAsync(userName);

    [Theory]
    [InlineData(Cultures.Latin, "Svahili")]
    [InlineData(Cultures.Cyrillic, "Свахили")]
    [InlineData(Cultures.English, "Swahili")]
    public async Task A_form_a_panel_and_a_record_each_show_a_value_in_the_users_language(string culture, string label)
    {
        await Factory.WithDbAsync(async db =>
        {
            if (!await db.CodeListItems.AnyAsync(x => x.List == "Language" && x.Code == "swa"))
            {
                db.CodeListItems.Add(Domain.CodeLists.CodeListItem.Create("Language", "swa", new Domain.CodeLists.CodeListLabels("Svahili", "Свахили", "Swahili"), 990));
                await db.SaveChangesAsync();
            }
        });
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Cultures.Create(culture);
        try
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var query = scope.ServiceProvider.GetRequiredService<CodeListOptionsQuery>();

            var one = await query.GetAsync("Language");
            var many = await query.GetManyAsync([("Language", []), ("Sex", [])]);
            var labels = await query.GetLabelsAsync(["Language"], ["swa"]);

            Assert.Equal(label, one.Single(o => o.Code == "swa").Label);
            Assert.Equal(label, many["Language"].Single(o => o.Code == "swa").Label);
            Assert.Equal(label, labels[("Language", "swa")]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private Task<Domain.CodeLists.CodeListItem> ValueAsync(string list, string code) =>
        Factory.WithDbAsync(db => db.CodeListItems.AsNoTracking().SingleAsync(x => x.List == list && x.Code == code));

    private async Task<List<string>> OptionCodesAsync(string list, string? keep = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var options = await scope.ServiceProvider.GetRequiredService<CodeListOptionsQuery>().GetAsync(list, keep);
        return options.Select(o => o.Code).ToList();
    }

    private static string EditLink(IHtmlDocument list, string code) =>
        list.QuerySelector($"tr[data-code='{code}'] a[href*='/Edit/']")!.GetAttribute("href")!;

    private static List<string> Codes(IHtmlDocument page) =>
        page.QuerySelectorAll("#code-list-values tbody tr").Select(r => r.GetAttribute("data-code")!).ToList();

    private static string? Input(IHtmlDocument page, string name) =>
        (page.QuerySelector($"input[name='{name}']") as IHtmlInputElement)?.Value;
}
