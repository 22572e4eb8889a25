using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Partners;

/// <summary>The directory driven through its pages. Tests share one app; each works on entries of its own names.</summary>
public sealed class PartnerDirectoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_coordinator_adds_an_institution_and_a_cyrillic_query_finds_it()
    {
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Partners/Create");

        var response = await koordinator.SubmitAsync(form, "#create-partner-form", new Dictionary<string, string>
        {
            ["Form.Name"] = "Centar za socijalni rad Niš Medijana",
            ["Form.Sector"] = "SocialProtection",
            ["Form.MunicipalityCode"] = "RS-NIS",
            ["Form.Email"] = "csr.medijana@demo.invalid",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Factory.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Name == "Centar za socijalni rad Niš Medijana"));
        Assert.Equal($"/Partners/Details/{saved.Id}", response.Headers.Location!.OriginalString);
        var found = await koordinator.GetPageAsync("/Partners?Q=" + Uri.EscapeDataString("медијана ниш"));
        Assert.Contains("Centar za socijalni rad Niš Medijana", found.QuerySelector("#partners")!.TextContent);
        var otherSector = await koordinator.GetPageAsync("/Partners?Q=medijana&Sector=Health");
        Assert.Null(otherSector.QuerySelector("#partners"));
        var otherPlace = await koordinator.GetPageAsync("/Partners?Q=medijana&Municipality=RS-KRALJEVO");
        Assert.Null(otherPlace.QuerySelector("#partners"));
    }

    [Fact]
    public async Task The_partner_page_shows_the_sector_in_the_users_language_and_its_htcds_org_type()
    {
        var partner = await Factory.PartnerAsync("Dom zdravlja Kraljevo Ribnica", Sector.Health, "RS-KRALJEVO", "Ana Demić");
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync($"/Partners/Details/{partner.Id}");

        Assert.Contains(Ui.Text("Partners.Sector.Health"), page.QuerySelector("#partner-sector")!.TextContent);
        Assert.Contains("HealthServiceOrganisation", page.QuerySelector("#partner-org-type")!.TextContent);
        Assert.Contains("Ana Demić", page.QuerySelector("#contacts")!.TextContent);
        Assert.Null(page.QuerySelector("#add-contact-form"));
        Assert.Null(page.QuerySelector("#edit-partner"));
    }

    [Fact]
    public async Task A_caseworker_adds_a_missing_institution_and_returns_to_the_page_they_came_from()
    {
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync("/Partners/Create?returnUrl=" + Uri.EscapeDataString("/Cases?Code=CZZ"));

        var response = await radnik.SubmitAsync(form, "#create-partner-form", new Dictionary<string, string>
        {
            ["Form.Name"] = "OŠ „Vuk Karadžić” Kraljevo Ratina",
            ["Form.Sector"] = "Education",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await Factory.WithDbAsync(db => db.Partners.Where(p => p.Name == "OŠ „Vuk Karadžić” Kraljevo Ratina").Select(p => p.Id).SingleAsync());
        Assert.Equal($"/Cases?Code=CZZ&partnerId={id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_return_address_outside_the_app_is_ignored()
    {
        using var radnik = await Factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync("/Partners/Create?returnUrl=" + Uri.EscapeDataString("https://evil.example/x"));

        var response = await radnik.SubmitAsync(form, "#create-partner-form", new Dictionary<string, string>
        {
            ["Form.Name"] = "Udruženje Vidikovac",
            ["Form.Sector"] = "Ngo",
        });

        Assert.StartsWith("/Partners/Details/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_with_everything_typed_kept_and_nothing_saved()
    {
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Partners/Create");

        var response = await koordinator.SubmitAsync(form, "#create-partner-form", new Dictionary<string, string>
        {
            ["Form.Name"] = "",
            ["Form.Sector"] = "Police",
            ["Form.MunicipalityCode"] = "RS-ATLANTIDA",
            ["Form.Address"] = "Topličina 9",
            ["Form.Email"] = "nije adresa",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Partners.Errors.Name"), page.QuerySelector("[data-valmsg-for='Form.Name']")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Validation.UnknownOption"), page.QuerySelector("#Form_MunicipalityCode-error")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Partners.Errors.Email"), page.QuerySelector("[data-valmsg-for='Form.Email']")!.TextContent.Trim());
        Assert.Equal("Topličina 9", page.QuerySelector("input[name='Form.Address']")!.GetAttribute("value"));
        Assert.False(await Factory.WithDbAsync(db => db.Partners.AnyAsync(p => p.Address == "Topličina 9")));
    }

    [Fact]
    public async Task A_second_save_from_an_older_page_is_told_of_the_conflict_and_keeps_what_was_typed()
    {
        var partner = await Factory.PartnerAsync("Policijska uprava Novi Sad Liman", Sector.Police, "RS-NOVI-SAD");
        using var first = await Factory.Arrange.SignedInAsync("koordinator");
        using var second = await Factory.Arrange.SignedInAsync("admin");
        var firstForm = await first.GetPageAsync($"/Partners/Edit/{partner.Id}");
        var secondForm = await second.GetPageAsync($"/Partners/Edit/{partner.Id}");

        var won = await first.SubmitAsync(firstForm, "#edit-partner-form", new Dictionary<string, string> { ["Form.Phone"] = "+381 21 111 111" });
        var lost = await second.SubmitAsync(secondForm, "#edit-partner-form", new Dictionary<string, string> { ["Form.Phone"] = "+381 21 222 222" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await TestClient.ParseAsync(lost);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("+381 21 222 222", page.QuerySelector("input[name='Form.Phone']")!.GetAttribute("value"));
        Assert.Equal("+381 21 111 111", (await Factory.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == partner.Id))).Phone);
    }

    [Fact]
    public async Task A_coordinator_adds_corrects_and_removes_a_contact_person()
    {
        var partner = await Factory.PartnerAsync("Centar za socijalni rad Čačak Trnava");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");

        var details = await koordinator.GetPageAsync($"/Partners/Details/{partner.Id}");
        var added = await koordinator.SubmitAsync(details, "#add-contact-form", new Dictionary<string, string>
        {
            ["ContactForm.Name"] = "Jelena Primerović",
            ["ContactForm.Function"] = "voditeljka slučaja",
            ["ContactForm.Email"] = "jelena@demo.invalid",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contactId = await Factory.WithDbAsync(db => db.PartnerContacts.Where(c => c.PartnerId == partner.Id).Select(c => c.Id).SingleAsync());

        var beforeEdit = await koordinator.GetPageAsync($"/Partners/Details/{partner.Id}");
        var edit = await koordinator.GetPageAsync($"/PartnerContacts/Edit/{contactId}");
        var edited = await koordinator.SubmitAsync(edit, "#edit-contact-form", new Dictionary<string, string> { ["ContactForm.Function"] = "pravnica" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("pravnica", (await Factory.WithDbAsync(db => db.PartnerContacts.AsNoTracking().SingleAsync(c => c.Id == contactId))).Function);

        // Removed from a page older than the correction: told, and the corrected contact stays.
        var stale = await koordinator.SubmitAsync(beforeEdit, $"#remove-contact-{contactId}");
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await koordinator.GetPageAsync(stale.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.False((await Factory.WithDbAsync(db => db.PartnerContacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == contactId))).IsDeleted);

        var withContact = await koordinator.GetPageAsync($"/Partners/Details/{partner.Id}");
        var removed = await koordinator.SubmitAsync(withContact, $"#remove-contact-{contactId}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await koordinator.GetPageAsync($"/Partners/Details/{partner.Id}");
        Assert.NotNull(after.QuerySelector("#no-contacts"));
        Assert.True((await Factory.WithDbAsync(db => db.PartnerContacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == contactId))).IsDeleted);
    }

    [Fact]
    public async Task A_contact_without_a_name_is_refused_on_the_partner_page_with_the_rest_kept()
    {
        var partner = await Factory.PartnerAsync("Dom zdravlja Pirot Sopot", Sector.Health, "RS-PIROT");
        using var admin = await Factory.Arrange.SignedInAsync("admin");
        var details = await admin.GetPageAsync($"/Partners/Details/{partner.Id}");

        var response = await admin.SubmitAsync(details, "#add-contact-form", new Dictionary<string, string> { ["ContactForm.Function"] = "medicinska sestra" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Partners.Errors.ContactName"), page.QuerySelector("[data-valmsg-for='ContactForm.Name']")!.TextContent.Trim());
        Assert.Equal("medicinska sestra", page.QuerySelector("input[name='ContactForm.Function']")!.GetAttribute("value"));
        Assert.False(await Factory.WithDbAsync(db => db.PartnerContacts.AnyAsync(c => c.PartnerId == partner.Id)));
    }

    [Fact]
    public async Task Merging_moves_every_reference_and_contact_to_the_kept_entry_and_is_audited()
    {
        var kept = await Factory.PartnerAsync("Osnovni sud Leskovac Vučje", Sector.Justice, "RS-LESKOVAC", "Marko Uzorić");
        var duplicate = await Factory.PartnerAsync("Osnovni sud u Leskovcu Vučje", Sector.Justice, "RS-LESKOVAC", "Ivana Testić", "Miloš Probić");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync($"/Partners/Merge/{duplicate.Id}");

        var response = await koordinator.SubmitAsync(form, "#merge-partner-form", new Dictionary<string, string> { ["Form.KeptPartnerId"] = kept.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partners/Details/{kept.Id}", response.Headers.Location!.OriginalString);
        var merged = await Factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == duplicate.Id));
        Assert.Equal(kept.Id, merged.MergedIntoId);
        Assert.True(merged.IsDeleted);
        var contacts = await Factory.WithDbAsync(db => db.PartnerContacts.Where(c => c.PartnerId == kept.Id).Select(c => c.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Ivana Testić", "Marko Uzorić", "Miloš Probić"], contacts);
        Assert.False(await Factory.WithDbAsync(db => db.PartnerContacts.IgnoreQueryFilters().AnyAsync(c => c.PartnerId == duplicate.Id)));
        var audit = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == kept.Id && a.Action == AuditAction.Updated));
        Assert.Contains(duplicate.Id.ToString(), audit.Changes);
        Assert.Contains("\"PartnerContacts.PartnerId\":2", audit.Changes);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == duplicate.Id && a.Action == AuditAction.Deleted)));
        await koordinator.GetPageAsync($"/Partners/Details/{duplicate.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Merging_from_an_older_page_moves_nothing_and_the_page_it_shows_again_merges_what_the_user_has_now_seen()
    {
        var kept = await Factory.PartnerAsync("Gradska uprava Vranje Pržar", Sector.LocalSelfGovernment, "RS-VRANJE");
        var duplicate = await Factory.PartnerAsync("Gradska uprava grada Vranja Pržar", Sector.LocalSelfGovernment, "RS-VRANJE", "Tamara Ogledić");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync($"/Partners/Merge/{duplicate.Id}");
        await Factory.WithDbAsync(async db =>
        {
            var changed = await db.Partners.SingleAsync(p => p.Id == duplicate.Id);
            changed.Reach("Nova adresa 2", null, null);
            await db.SaveChangesAsync();
        });

        var response = await koordinator.SubmitAsync(form, "#merge-partner-form", new Dictionary<string, string> { ["Form.KeptPartnerId"] = kept.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.PartnerContacts.CountAsync(c => c.PartnerId == duplicate.Id)));
        Assert.Null((await Factory.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == duplicate.Id))).MergedIntoId);

        // A choice refused for itself keeps the version it was sent with; the conflict's page carries the version as it is now.
        var unchosen = await TestClient.ParseAsync(await koordinator.SubmitAsync(again, "#merge-partner-form", new Dictionary<string, string> { ["Form.KeptPartnerId"] = string.Empty }));
        Assert.Equal(again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"), unchosen.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        Assert.NotEqual(form.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"), again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        var merged = await koordinator.SubmitAsync(unchosen, "#merge-partner-form", new Dictionary<string, string> { ["Form.KeptPartnerId"] = kept.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(kept.Id, (await Factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == duplicate.Id))).MergedIntoId);
    }

    [Fact]
    public async Task Every_table_that_points_to_a_partner_in_the_app_is_moved_by_a_merge()
    {
        var references = await Factory.WithDbAsync(db => Task.FromResult(Web.Data.PartnerReferences.Of(db.Model)));
        var pointing = await Factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Count(fk => fk.PrincipalEntityType.ClrType == typeof(Partner))));

        Assert.Contains(references, fk => fk.DeclaringEntityType.ClrType == typeof(PartnerContact));
        Assert.Equal(pointing - 1, references.Count);
    }
}
