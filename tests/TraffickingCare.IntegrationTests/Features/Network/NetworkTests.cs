using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Network;

/// <summary>The support network end to end: the network's page, the ecomap and table on the case page, the refusals.</summary>
public sealed class NetworkTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_anonymised_case_s_network_is_shown_without_a_form_or_a_link_to_change_it()
    {
        var file = await factory.Arrange.Case();
        var csr = await factory.PartnerAsync("Centar za socijalni rad Niš", Sector.SocialProtection);
        var actor = await factory.ActorAsync(file.Id, csr, "CaseManagement");
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var open = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        Assert.NotNull(open.QuerySelector("form#add-actor"));
        Assert.NotNull(open.QuerySelector($"a[href='/Cases/{file.Id}/Network/{actor.Id}']"));

        await factory.WithDbAsync(db => db.Cases.IgnoreQueryFilters().Where(c => c.Id == file.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnonymisedAtUtc, factory.Arrange.Now)));
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");

        Assert.Contains("Centar za socijalni rad Niš", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("form#add-actor"));
        Assert.Empty(page.QuerySelectorAll("main form[method='post']"));
        Assert.Null(page.QuerySelector($"a[href='/Cases/{file.Id}/Network/{actor.Id}']"));
        await client.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Adding_an_institution_draws_it_on_the_case_page_and_its_sector_is_no_longer_missing()
    {
        var file = await factory.Arrange.Case();
        var csr = await factory.PartnerAsync("Centar za socijalni rad Niš", Sector.SocialProtection);
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var before = await client.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.NotNull(before.QuerySelector("#ecomap g.ecomap-sector[data-sector=SocialProtection][data-missing=true]"));

        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        var response = await client.SubmitAsync(page, "form#add-actor", new Dictionary<string, string>
        {
            ["AddForm.PartnerId"] = csr.Id.ToString(),
            ["AddForm.RoleCode"] = "CaseManagement",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync($"/Cases/Details/{file.Id}");
        var svg = after.QuerySelector("#network-panel svg#ecomap")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Null(svg.QuerySelector("script"));
        Assert.Null(svg.QuerySelector("g.ecomap-sector[data-sector=SocialProtection][data-missing=true]"));
        Assert.Contains("Centar za socijalni", svg.QuerySelector("g.ecomap-actor[data-sector=SocialProtection]")!.TextContent);
        Assert.NotNull(svg.QuerySelector("g.ecomap-sector[data-sector=Health][data-missing=true]"));
        var table = after.QuerySelector("#network-panel #network-table")!;
        Assert.Contains("Centar za socijalni rad Niš", table.QuerySelector("tr[data-sector=SocialProtection]")!.TextContent);
        Assert.NotNull(table.QuerySelector("tr[data-missing-sector=Health]"));
        Assert.Null(table.QuerySelector("tr[data-missing-sector=SocialProtection]"));
    }

    [Fact]
    public async Task An_institution_missing_from_the_directory_is_added_from_the_network_page_and_comes_back_picked()
    {
        var file = await factory.Arrange.Case();
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var network = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        var link = network.QuerySelector("a#add-missing-partner")!.GetAttribute("href")!;

        var form = await client.GetPageAsync(link);
        var response = await client.SubmitAsync(form, "#create-partner-form", new Dictionary<string, string>
        {
            ["Form.Name"] = "OŠ „Desanka Maksimović” Niš",
            ["Form.Sector"] = "Education",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var back = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var picked = back.QuerySelector("form#add-actor select[name='AddForm.PartnerId'] option[selected]")!;
        Assert.Contains("OŠ „Desanka Maksimović” Niš", picked.TextContent);
        var added = await client.SubmitAsync(back, "form#add-actor", new Dictionary<string, string> { ["AddForm.RoleCode"] = "Schooling" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(Sector.Education, await factory.WithDbAsync(db => db.NetworkActors.Where(a => a.CaseId == file.Id).Select(a => a.Sector).SingleAsync()));
    }

    [Fact]
    public async Task A_family_member_is_added_without_an_institution_by_relation()
    {
        var file = await factory.Arrange.Case();
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");

        var response = await client.SubmitAsync(page, "form#add-actor", new Dictionary<string, string>
        {
            ["AddForm.Sector"] = "Family",
            ["AddForm.RoleCode"] = "Parent",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var network = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        Assert.Null(network.QuerySelector("g.ecomap-sector[data-sector=Family][data-missing=true]"));
        Assert.Contains("Roditelj", network.QuerySelector("g.ecomap-actor[data-sector=Family]")!.TextContent);
    }

    [Fact]
    public async Task Refused_input_keeps_everything_typed_and_saves_nothing()
    {
        var file = await factory.Arrange.Case();
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");

        var response = await client.SubmitAsync(page, "form#add-actor", new Dictionary<string, string>
        {
            ["AddForm.Sector"] = "Health",
            ["AddForm.RoleCode"] = "HealthCare",
            ["AddForm.LastContactOn"] = "31.02.2026.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Equal("Health", again.QuerySelector("select[name='AddForm.Sector'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("HealthCare", again.QuerySelector("select[name='AddForm.RoleCode'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("31.02.2026.", again.QuerySelector("input[name='AddForm.LastContactOn']")?.GetAttribute("value"));
        Assert.Equal("true", again.QuerySelector("select[name='AddForm.PartnerId']")?.GetAttribute("aria-invalid"));
        Assert.Equal("true", again.QuerySelector("input[name='AddForm.LastContactOn']")?.GetAttribute("aria-invalid"));
        Assert.False(await factory.WithDbAsync(db => db.NetworkActors.AnyAsync(a => a.CaseId == file.Id)));
    }

    [Fact]
    public async Task A_tampered_institution_id_is_refused_on_its_field()
    {
        var file = await factory.Arrange.Case();
        await factory.PartnerAsync("Dom zdravlja Niš", Sector.Health);
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");

        var response = await client.SubmitAsync(page, "form#add-actor", new Dictionary<string, string>
        {
            ["AddForm.PartnerId"] = Guid.NewGuid().ToString(),
            ["AddForm.RoleCode"] = "HealthCare",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Equal("true", again.QuerySelector("select[name='AddForm.PartnerId']")?.GetAttribute("aria-invalid"));
        Assert.False(await factory.WithDbAsync(db => db.NetworkActors.AnyAsync(a => a.CaseId == file.Id)));
    }

    [Fact]
    public async Task An_ended_actor_leaves_the_ecomap_and_stays_on_record()
    {
        var file = await factory.Arrange.Case();
        var school = await factory.PartnerAsync("OŠ Sveti Sava Niš", Sector.Education);
        var actor = await factory.ActorAsync(file.Id, school, "Schooling", factory.Arrange.Today);
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}");

        var response = await client.SubmitAsync(page, "form#end-actor", new Dictionary<string, string> { ["EndForm.On"] = CentreClock.FormatDate(factory.Arrange.Today) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var casePage = await client.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Null(casePage.QuerySelector("g.ecomap-actor"));
        Assert.NotNull(casePage.QuerySelector("g.ecomap-sector[data-sector=Education][data-missing=true]"));
        Assert.NotNull(casePage.QuerySelector($"#network-table tr#actor-{actor.Id}[data-ended=true]"));
        var saved = await factory.WithDbAsync(db => db.NetworkActors.AsNoTracking().SingleAsync(a => a.Id == actor.Id));
        Assert.Equal(factory.Arrange.Today, saved.EndedOn);
    }

    [Fact]
    public async Task A_contact_recorded_by_hand_is_the_last_contact_in_the_table()
    {
        var file = await factory.Arrange.Case();
        var police = await factory.PartnerAsync("PU Niš", Sector.Police);
        var actor = await factory.ActorAsync(file.Id, police, "Protection");
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}");
        var day = factory.Arrange.Today.AddDays(-2);

        var response = await client.SubmitAsync(page, "form#record-contact", new Dictionary<string, string> { ["ContactForm.On"] = CentreClock.FormatDate(day) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var network = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        Assert.Contains(CentreClock.FormatDate(day), network.QuerySelector($"tr#actor-{actor.Id}")!.TextContent);
        Assert.Null(network.QuerySelector($"tr#actor-{actor.Id} [data-stale]"));
    }

    [Fact]
    public async Task A_second_save_from_an_older_page_is_refused_as_a_conflict_and_keeps_what_was_typed()
    {
        var file = await factory.Arrange.Case();
        var ngo = await factory.PartnerAsync("Udruženje Atina", Sector.Ngo);
        var actor = await factory.ActorAsync(file.Id, ngo, "PsychologicalSupport");
        using var first = await factory.Arrange.SignedInAsync("radnik");
        using var second = await factory.Arrange.SignedInAsync("koordinator");
        var firstPage = await first.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}");
        var secondPage = await second.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}");

        var saved = await first.SubmitAsync(firstPage, "form#edit-actor", new Dictionary<string, string> { ["Form.RoleCode"] = "Accommodation" });

        // Refused for its input, the older page keeps the version it was shown with, so the next save is still told.
        var badDate = await TestClient.ParseAsync(await second.SubmitAsync(secondPage, "form#edit-actor", new Dictionary<string, string> { ["Form.LastContactOn"] = "31.02.2026." }));
        Assert.NotEmpty(badDate.QuerySelector("[data-valmsg-for='Form.LastContactOn']")!.TextContent.Trim());
        Assert.Equal(secondPage.QuerySelector("form#edit-actor input[name='Form.Version']")!.GetAttribute("value"), badDate.QuerySelector("form#edit-actor input[name='Form.Version']")!.GetAttribute("value"));
        var refused = await second.SubmitAsync(badDate, "form#edit-actor", new Dictionary<string, string> { ["Form.RoleCode"] = "LegalAid", ["Form.LastContactOn"] = secondPage.QuerySelector("form#edit-actor input[name='Form.LastContactOn']")!.GetAttribute("value") ?? string.Empty });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains("Neko drugi je u međuvremenu", again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("LegalAid", again.QuerySelector("select[name='Form.RoleCode'] option[selected]")?.GetAttribute("value"));
        var role = await factory.WithDbAsync(db => db.NetworkActors.Where(a => a.Id == actor.Id).Select(a => a.RoleCode).SingleAsync());
        Assert.Equal("Accommodation", role);
    }

    [Fact]
    public async Task An_actor_whose_role_was_since_retired_is_corrected_with_the_role_kept_and_no_new_actor_takes_the_role()
    {
        var file = await factory.Arrange.Case();
        var school = await factory.PartnerAsync("OŠ Vuk Karadžić Niš", Sector.Education);
        var actor = await factory.ActorAsync(file.Id, school, "Schooling");
        await factory.Arrange.RetireCodeAsync("NetworkRole", "Schooling");
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var day = factory.Arrange.Today.AddDays(-1);

        var edit = await client.GetPageAsync($"/Cases/{file.Id}/Network/{actor.Id}");
        var saved = await client.SubmitAsync(edit, "form#edit-actor", new Dictionary<string, string> { ["Form.LastContactOn"] = CentreClock.FormatDate(day) });
        var network = await client.GetPageAsync($"/Cases/{file.Id}/Network");
        var added = await client.SubmitAsync(network, "form#add-actor", new Dictionary<string, string> { ["AddForm.PartnerId"] = school.Id.ToString(), ["AddForm.RoleCode"] = "Schooling" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await factory.WithDbAsync(db => db.NetworkActors.AsNoTracking().SingleAsync(a => a.Id == actor.Id));
        Assert.Equal(("Schooling", (DateOnly?)day), (record.RoleCode, record.LastContactOn));
        Assert.DoesNotContain("Schooling", network.Offered("select[name='AddForm.RoleCode']"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("true", (await TestClient.ParseAsync(added)).QuerySelector("select[name='AddForm.RoleCode']")?.GetAttribute("aria-invalid"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.NetworkActors.CountAsync(a => a.CaseId == file.Id)));
    }

    [Fact]
    public async Task Management_reads_the_network_without_the_forms()
    {
        var file = await factory.Arrange.Case();
        var csr = await factory.PartnerAsync("CSR Leskovac", Sector.SocialProtection);
        await factory.ActorAsync(file.Id, csr, "CaseManagement");
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await client.GetPageAsync($"/Cases/{file.Id}/Network");

        Assert.NotNull(page.QuerySelector("g.ecomap-actor[data-sector=SocialProtection]"));
        Assert.Null(page.QuerySelector("form#add-actor"));
    }
}
