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
    public async Task The_coordinator_looking_at_a_caseworkers_Moj_rad_sees_the_stale_contacts_the_caseworker_sees()
    {
        var led = await factory.Arrange.Case();
        var onTeam = await factory.Arrange.Case().LedBy("radnik2").WithTeam("radnik");
        var notTheirs = await factory.Arrange.Case().LedBy("radnik2");
        var health = await factory.PartnerAsync("Dom zdravlja Pirot", Sector.Health);
        var today = factory.Arrange.Today;
        foreach (var file in new[] { led, onTeam, notTheirs })
        {
            await factory.ActorAsync(file.Id, health, "HealthCare", today.AddDays(-45));
        }

        // The app's own source and its compiled queries (one per shape), asked by two viewers and for two assignees.
        var own = await AppWorkAsync("radnik", Roles.Caseworker, "radnik");
        var seenByCoordinator = await AppWorkAsync("koordinator", Roles.Coordinator, "radnik");
        var radnik2sSeenByCoordinator = await AppWorkAsync("koordinator", Roles.Coordinator, "radnik2");

        Assert.Equal(new[] { led.Code, onTeam.Code }.Order(), own.Select(i => i.CaseCode).Order());
        Assert.Equal(own.Select(i => (i.CaseCode, i.Title, i.Due)).Order(), seenByCoordinator.Select(i => (i.CaseCode, i.Title, i.Due)).Order());
        Assert.Equal(new[] { onTeam.Code, notTheirs.Code }.Order(), radnik2sSeenByCoordinator.Select(i => i.CaseCode).Order());
    }

    [Fact]
    public async Task Moj_rad_dates_a_stale_contact_from_the_latest_contact_a_source_derived()
    {
        var file = await factory.Arrange.Case();
        var health = await factory.PartnerAsync("Klinički centar Kragujevac", Sector.Health);
        await factory.ActorAsync(file.Id, health, "HealthCare", factory.Arrange.Today.AddDays(-50));
        var met = DateOnly.FromDateTime(file.OpenedAtUtc).AddDays(-40);

        var item = Assert.Single(await WorkAsync("radnik", Roles.Caseworker, [new MetBeforeOpening40Days()]));

        Assert.Equal(file.Code, item.CaseCode);
        Assert.Equal(met.AddDays(31), item.Due);
    }

    [Fact]
    public async Task A_contact_derived_from_the_contact_sources_is_the_latest_of_all_of_them_in_one_query()
    {
        var file = await factory.Arrange.Case();
        var health = await factory.PartnerAsync("Klinički centar Niš", Sector.Health);
        var today = factory.Arrange.Today;
        await factory.ActorAsync(file.Id, health, "HealthCare", today.AddDays(-50));
        IContactMomentSource[] sources = [new MetBeforeOpening40Days(), new MetBeforeOpening5Days()];
        var met = DateOnly.FromDateTime(file.OpenedAtUtc).AddDays(-5);

        var view = await WithQueryAsync(sources, q => q.ViewAsync(file.Id, file.Code, canEdit: true, CancellationToken.None));
        var items = await WorkAsync("radnik", Roles.Caseworker, sources);

        var row = Assert.Single(view.Actors);
        Assert.Equal(met, row.DerivedContactOn);
        Assert.Equal(met, row.LastContactOn);
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
        var dates = new NetworkContactDates(sources);
        var source = ActivatorUtilities.CreateInstance<NetworkWorkSource>(scope.ServiceProvider, dates, new StaleContacts(dates));
        var today = factory.Arrange.Today;
        return await source.ListAsync(new WorkScope(viewer, userId, today, factory.Clock.GetUtcNow().UtcDateTime, today.AddDays(7)), CancellationToken.None);
    }

    private async Task<IReadOnlyList<WorkItem>> AppWorkAsync(string userName, string role, string assigneeName)
    {
        var userId = await factory.Arrange.UserIdAsync(userName);
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "Test"));
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IWorkSource>().OfType<NetworkWorkSource>().Single();
        var today = factory.Arrange.Today;
        return await source.ListAsync(new WorkScope(viewer, await factory.Arrange.UserIdAsync(assigneeName), today, factory.Clock.GetUtcNow().UtcDateTime, today.AddDays(7)), CancellationToken.None);
    }

    /// <summary>
    /// Contact sources as a feature writes one: a translatable query over the records that holds no value of its own, as
    /// it is compiled once for every caller. Here every case met each health institution some days before it opened.
    /// </summary>
    private sealed class MetBeforeOpening40Days : IContactMomentSource
    {
        public IQueryable<ContactMoment> Moments(AppDbContext db) =>
            db.Cases.SelectMany(c => db.Partners.Where(p => p.Sector == Sector.Health), (c, p) => new ContactMoment { CaseId = c.Id, PartnerId = p.Id, On = DateOnly.FromDateTime(c.OpenedAtUtc).AddDays(-40) });
    }

    private sealed class MetBeforeOpening5Days : IContactMomentSource
    {
        public IQueryable<ContactMoment> Moments(AppDbContext db) =>
            db.Cases.SelectMany(c => db.Partners.Where(p => p.Sector == Sector.Health), (c, p) => new ContactMoment { CaseId = c.Id, PartnerId = p.Id, On = DateOnly.FromDateTime(c.OpenedAtUtc).AddDays(-5) });
    }
}
