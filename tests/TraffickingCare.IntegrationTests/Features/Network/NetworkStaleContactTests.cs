using System.Security.Claims;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Network;
using TraffickingCare.Web.Features.Shared.Contacts;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Features.Network;

/// <summary>
/// A contact goes stale after Support:StaleContactDays (30) days, on the fake clock: drawn as stale on the case page
/// and listed on the caseworker's "Moj rad". Derived contact dates come from every registered contact source.
/// </summary>
public sealed class NetworkStaleContactTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_contact_30_days_old_is_fresh_and_31_days_old_is_stale_on_the_case_page()
    {
        var file = await factory.Arrange.Case();
        var school = await factory.PartnerAsync("OŠ Njegoš Niš", Sector.Education);
        var actor = await factory.ActorAsync(file.Id, school, "Schooling", factory.Arrange.Today);

        factory.Clock.Advance(TimeSpan.FromDays(30));
        Assert.False(await DrawnStaleAsync(file.Id));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await DrawnStaleAsync(file.Id));
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.NotNull(page.QuerySelector($"#network-table tr#actor-{actor.Id} [data-stale=true]"));
        Assert.NotNull(page.QuerySelector("g.ecomap-actor[data-stale=true] line[stroke-dasharray]"));
    }

    [Fact]
    public async Task Moj_rad_lists_the_stale_contacts_of_the_assignees_active_actors_only()
    {
        var mine = await factory.Arrange.Case();
        var other = await factory.Arrange.Case().LedBy("radnik2");
        var health = await factory.PartnerAsync("Dom zdravlja Niš", Sector.Health);
        var police = await factory.PartnerAsync("PU Niš", Sector.Police);
        var today = factory.Arrange.Today;
        await factory.ActorAsync(mine.Id, health, "HealthCare", today.AddDays(-31));
        await factory.ActorAsync(mine.Id, police, "Protection", today.AddDays(-3));
        await factory.ActorAsync(other.Id, health, "HealthCare", today.AddDays(-40));
        var ended = await factory.ActorAsync(mine.Id, police, "Prosecution", today.AddDays(-60));
        await factory.WithDbAsync(async db =>
        {
            (await db.NetworkActors.FindAsync(ended.Id))!.End(today, today);
            await db.SaveChangesAsync();
        });

        var items = await WorkAsync("radnik", Roles.Caseworker, []);

        var item = Assert.Single(items);
        Assert.Equal(mine.Code, item.CaseCode);
        Assert.Contains("Dom zdravlja Niš", item.Title);
        Assert.Equal(today.AddDays(-31 + 31), item.Due);
        Assert.Equal(new WorkLink("Network", "Index", "caseId", mine.Id), item.Link);
    }

    [Fact]
    public async Task A_contact_derived_from_the_contact_sources_is_the_latest_of_all_of_them_in_one_query()
    {
        var file = await factory.Arrange.Case();
        var health = await factory.PartnerAsync("Klinički centar Niš", Sector.Health);
        var today = factory.Arrange.Today;
        await factory.ActorAsync(file.Id, health, "HealthCare", today.AddDays(-50));
        IContactMomentSource[] sources = [new FixedSource(health.Id, today.AddDays(-40)), new FixedSource(health.Id, today.AddDays(-5))];

        var view = await WithQueryAsync(sources, q => q.ViewAsync(file.Id, file.Code, canEdit: true, CancellationToken.None));
        var items = await WorkAsync("radnik", Roles.Caseworker, sources);

        var row = Assert.Single(view.Actors);
        Assert.Equal(today.AddDays(-5), row.DerivedContactOn);
        Assert.Equal(today.AddDays(-5), row.LastContactOn);
        Assert.False(row.IsStale);
        Assert.Empty(items);
    }

    private async Task<bool> DrawnStaleAsync(Guid caseId)
    {
        // The sign-in cookie is judged by the app's (fake) clock: sign in again after moving it.
        using var client = await factory.Arrange.SignedInAsync("radnik");
        var page = await client.GetPageAsync($"/Cases/Details/{caseId}");
        return page.QuerySelector("g.ecomap-actor[data-stale=true]") is not null;
    }

    private async Task<T> WithQueryAsync<T>(IContactMomentSource[] sources, Func<NetworkQuery, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var query = ActivatorUtilities.CreateInstance<NetworkQuery>(services, new NetworkContactDates(sources));
        return await work(query);
    }

    private async Task<IReadOnlyList<WorkItem>> WorkAsync(string userName, string role, IContactMomentSource[] sources)
    {
        var userId = await factory.Arrange.UserIdAsync(userName);
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "Test"));
        await using var scope = factory.Services.CreateAsyncScope();
        var source = ActivatorUtilities.CreateInstance<NetworkWorkSource>(scope.ServiceProvider, new NetworkContactDates(sources));
        var today = factory.Arrange.Today;
        return await source.ListAsync(new WorkScope(viewer, userId, today, factory.Clock.GetUtcNow().UtcDateTime, today.AddDays(7)), CancellationToken.None);
    }

    /// <summary>A contact source as a feature would write one: a translatable query, here one moment per case on a fixed day.</summary>
    private sealed class FixedSource(Guid partnerId, DateOnly on) : IContactMomentSource
    {
        public IQueryable<ContactMoment> Moments(AppDbContext db) => db.Cases.Select(c => new ContactMoment { CaseId = c.Id, PartnerId = partnerId, On = on });
    }
}
