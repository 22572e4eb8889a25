using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

public sealed class AuditViewTests : IAsyncLifetime
{
    private readonly AppFactory factory = new() { IncludeTestEndpoints = true };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_page_marked_as_audited_records_each_view_of_its_record()
    {
        using var client = factory.CreateTestClient();
        var id = Guid.CreateVersion7();

        await client.GetPageAsync($"/__test/audited/{id}");
        await client.GetPageAsync($"/__test/audited/{id}");

        var views = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id).ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v =>
        {
            Assert.Equal(AuditAction.Viewed, v.Action);
            Assert.Equal("TestRecord", v.EntityType);
            Assert.False(string.IsNullOrEmpty(v.CorrelationId));
        });
    }

    [Fact]
    public async Task A_view_is_stored_as_the_context_stores_a_change_so_the_trail_finds_and_orders_both_alike()
    {
        using var client = factory.CreateTestClient();
        var id = Guid.CreateVersion7();
        var at = factory.Clock.GetUtcNow().UtcDateTime;

        // The view's row is one INSERT of its own; a change's row is written by the context, through the model's mappings.
        await client.GetPageAsync($"/__test/audited/{id}");
        await factory.WithDbAsync(db =>
        {
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Updated, "TestRecord", id, "someone", at));
            return db.SaveChangesAsync();
        });

        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT Action || '|' || EntityId || '|' || AtUtc || '|' || typeof(UserId) || '|' || typeof(Reason) AS Value FROM AuditEntries WHERE EntityType = 'TestRecord' ORDER BY Id")
            .ToListAsync());
        Assert.Equal(2, stored.Count);
        var view = stored[0].Split('|');
        var change = stored[1].Split('|');
        Assert.Equal("Viewed", view[0]);
        Assert.Equal(change[1], view[1]);
        Assert.Equal(change[2], view[2]);
        Assert.Equal(["text", "null"], view[3..]);

        // Found by the same typed queries the bulk-view watch and the history use.
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.AtUtc >= at)));
    }

    [Fact]
    public async Task A_record_that_was_not_shown_is_not_logged_as_viewed()
    {
        using var client = factory.CreateTestClient();

        await client.Http.GetAsync($"/__test/audited/{Guid.Empty}");

        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == Guid.Empty)));
    }
}
