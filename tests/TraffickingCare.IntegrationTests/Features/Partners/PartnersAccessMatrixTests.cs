using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Partners;

/// <summary>
/// Every directory route that takes an id, for every role. Everyone who works with partners reads the directory
/// (shelter staff too); coordinators and administrators maintain it; a caseworker only adds entries. A refused
/// change leaves the entry as it was. An unknown id is 404 for those allowed.
/// </summary>
public sealed class PartnersAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string ContactName = "Snežana Zamislić";

    private AppFactory Factory => app.Factory;

    public static TheoryData<string, HttpStatusCode> Reads => new()
    {
        { "radnik", HttpStatusCode.OK },
        { "radnik2", HttpStatusCode.OK },
        { "koordinator", HttpStatusCode.OK },
        { "rukovodstvo", HttpStatusCode.OK },
        { "prihvatiliste", HttpStatusCode.OK },
        { "admin", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_the_directory_and_an_entry(string user, HttpStatusCode expected)
    {
        var partner = await Factory.PartnerAsync($"Dom zdravlja Bor čitanje {Letters(user)}", Sector.Health, "RS-BOR", ContactName);
        using var client = await Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Partners")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Partners/Details/{partner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Partners/Details/{Guid.NewGuid()}")).StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> Creating => new()
    {
        { "radnik", HttpStatusCode.OK },
        { "koordinator", HttpStatusCode.OK },
        { "admin", HttpStatusCode.OK },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "prihvatiliste", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Creating))]
    public async Task Opening_the_create_form(string user, HttpStatusCode expected)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Partners/Create")).StatusCode);
    }

    public static TheoryData<string, string, string, HttpStatusCode> Maintaining
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var (method, route) in new[]
            {
                ("GET", "/Partners/Edit/{partner}"), ("POST", "/Partners/Edit/{partner}"), ("GET", "/Partners/Merge/{partner}"), ("POST", "/Partners/Merge/{partner}"),
                ("POST", "/Partners/AddContact/{partner}"), ("GET", "/PartnerContacts/Edit/{contact}"), ("POST", "/PartnerContacts/Edit/{contact}"), ("POST", "/PartnerContacts/Remove/{contact}"),
            })
            {
                data.Add(method, route, "radnik", HttpStatusCode.Forbidden);
                data.Add(method, route, "rukovodstvo", HttpStatusCode.Forbidden);
                data.Add(method, route, "prihvatiliste", HttpStatusCode.Forbidden);
                data.Add(method, route, "koordinator", method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect);
                data.Add(method, route, "admin", method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            }

            return data;
        }
    }

    /// <summary>Maintenance routes: refused roles change nothing; the maintainers get the page or their change done.</summary>
    [Theory]
    [MemberData(nameof(Maintaining))]
    public async Task Maintaining_an_entry(string method, string route, string user, HttpStatusCode expected)
    {
        var tag = Letters($"{method}{route}{user}");
        var kept = await Factory.PartnerAsync($"Centar za socijalni rad Bor zadržan {tag}", municipality: "RS-BOR");
        var partner = await Factory.PartnerAsync($"Centar za socijalni rad Bor {tag}", municipality: "RS-BOR", contacts: ContactName);
        var contact = await Factory.WithDbAsync(db => db.PartnerContacts.Where(c => c.PartnerId == partner.Id).Select(c => new { c.Id, c.Version }).SingleAsync());
        var url = route.Replace("{partner}", partner.Id.ToString()).Replace("{contact}", contact.Id.ToString());
        using var client = await Factory.Arrange.SignedInAsync(user);

        var response = method == "GET"
            ? await client.Http.GetAsync(url)
            : await client.PostWithTokenAsync(
                url,
                ("Form.Name", "Preimenovano"), ("Form.Sector", "Police"), ("Form.Version", partner.Version.ToString()), ("Form.KeptPartnerId", kept.Id.ToString()),
                ("ContactForm.Name", "Neko Drugi"), ("ContactForm.Version", contact.Version.ToString()), ("version", contact.Version.ToString()));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var saved = await Factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking().Include(p => p.Contacts).SingleAsync(p => p.Id == partner.Id));
            Assert.Equal($"Centar za socijalni rad Bor {tag}", saved.Name);
            Assert.Null(saved.MergedIntoId);
            Assert.Equal(ContactName, Assert.Single(saved.Contacts).Name);
        }
        else if (route.StartsWith("/PartnerContacts/Remove", StringComparison.Ordinal))
        {
            Assert.True(await Factory.WithDbAsync(db => db.PartnerContacts.IgnoreQueryFilters().AnyAsync(c => c.Id == contact.Id && c.IsDeleted)));
        }
    }

    public static TheoryData<string, string> UnknownIds => new()
    {
        { "GET", "/Partners/Edit/{id}" },
        { "POST", "/Partners/Edit/{id}" },
        { "GET", "/Partners/Merge/{id}" },
        { "POST", "/Partners/Merge/{id}" },
        { "POST", "/Partners/AddContact/{id}" },
        { "GET", "/PartnerContacts/Edit/{id}" },
        { "POST", "/PartnerContacts/Edit/{id}" },
        { "POST", "/PartnerContacts/Remove/{id}" },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task An_unknown_id_is_not_found(string method, string route)
    {
        var kept = await Factory.PartnerAsync($"Dom zdravlja Bor nepoznat {Letters(method + route)}", Sector.Health, "RS-BOR");
        using var client = await Factory.Arrange.SignedInAsync("koordinator");
        var url = route.Replace("{id}", Guid.NewGuid().ToString());

        var response = method == "GET"
            ? await client.Http.GetAsync(url)
            : await client.PostWithTokenAsync(url, ("Form.Name", "X"), ("Form.Sector", "Police"), ("Form.Version", "1"), ("Form.KeptPartnerId", kept.Id.ToString()), ("ContactForm.Name", "Y"), ("ContactForm.Version", "1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Names in a test's own words: the search key keeps letters only.</summary>
    private static string Letters(string text) =>
        new([.. text.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
