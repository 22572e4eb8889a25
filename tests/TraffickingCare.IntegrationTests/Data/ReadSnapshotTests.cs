using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Sqlite;
using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// A page's reads in one read transaction on SQLite (<see cref="ReadSnapshot"/>): they see the file as it was at their
/// first read, whatever another connection writes meanwhile (the case page's panels among them), and the connection goes back to the pool with no
/// transaction open, after a read that failed too. The tests' execution strategy retries like SQL Server's, so a
/// transaction begun outside it would be refused here.
/// </summary>
public sealed class ReadSnapshotTests
{
    [Fact]
    public async Task Reads_in_one_snapshot_do_not_see_a_write_committed_between_them_and_the_next_read_does()
    {
        await using var factory = new AppFactory();
        await AddPartnerAsync(factory, "Ustanova Snimak");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (before, after) = await ReadSnapshot.ReadAsync(db, async ct =>
        {
            var first = await NameCountAsync(db, ct);
            await RenameAsync(factory, "Ustanova Snimak", "Ustanova Posle");
            return (first, await NameCountAsync(db, ct));
        }, CancellationToken.None);

        Assert.Equal(1, before);
        Assert.Equal(1, after);
        Assert.Null(db.Database.CurrentTransaction);

        // Outside the snapshot the same context reads the write.
        Assert.Equal(0, await NameCountAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task A_read_that_fails_ends_its_transaction_and_the_context_writes_afterwards()
    {
        await using var factory = new AppFactory();
        await AddPartnerAsync(factory, "Ustanova Greška");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadSnapshot.ReadAsync<int>(db, async ct =>
        {
            await NameCountAsync(db, ct);
            throw new InvalidOperationException("the page failed");
        }, CancellationToken.None));

        Assert.Null(db.Database.CurrentTransaction);
        db.Partners.Add(Partner.Create("Ustanova Nova", Sector.SocialProtection, null));
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.Partners.CountAsync(p => p.Name == "Ustanova Nova"));
    }

    [Fact]
    public async Task The_case_page_s_panels_read_inside_its_snapshot()
    {
        var probe = new SnapshotProbe();
        await using var root = new AppFactory();
        await using var factory = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<ICasePanel>(p => new ProbePanel(p.GetRequiredService<AppDbContext>(), probe))));
        var file = await root.Arrange.Case();
        var client = new TestClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), () => root.Errors.All);
        await client.SignInAsync("koordinator");

        await client.GetPageAsync($"/Cases/Details/{file.Id}");

        Assert.Equal([true], probe.InTransaction);
    }

    [Fact]
    public async Task Two_apps_in_one_process_each_with_its_own_key_ring_and_model_run_the_compiled_queries()
    {
        // Each app's model is its own (the encryption converters close over its key ring), and EF runs a compiled
        // query against one model only. The case page runs the session check, the code lists and the bulk-view
        // watch, all compiled, on both apps here.
        await using var first = new AppFactory();
        await using var second = new AppFactory();
        foreach (var factory in new[] { first, second, first })
        {
            var arrange = new Arrange(factory);
            var file = await arrange.Case();
            var client = await arrange.SignedInAsync("koordinator");
            await client.GetPageAsync($"/Cases/Details/{file.Id}");
        }
    }

    private sealed class SnapshotProbe
    {
        public List<bool> InTransaction { get; } = [];
    }

    /// <summary>A panel that shows nothing and notes whether the case page's context was in a transaction when built.</summary>
    private sealed class ProbePanel(AppDbContext db, SnapshotProbe probe) : ICasePanel
    {
        public int Order => 0;

        public Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
        {
            probe.InTransaction.Add(db.Database.CurrentTransaction is not null);
            return Task.FromResult<CasePanelView?>(null);
        }
    }

    private static Task<int> NameCountAsync(AppDbContext db, CancellationToken ct) =>
        db.Partners.AsNoTracking().CountAsync(p => p.Name == "Ustanova Snimak", ct);

    private static async Task RenameAsync(AppFactory factory, string from, string to)
    {
        using var scope = factory.Services.CreateScope();
        var other = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await other.Partners.Where(p => p.Name == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, to));
    }

    private static async Task AddPartnerAsync(AppFactory factory, string name)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Partners.Add(Partner.Create(name, Sector.SocialProtection, null));
        await db.SaveChangesAsync();
    }
}
