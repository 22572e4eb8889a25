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
    public async Task A_record_that_was_not_shown_is_not_logged_as_viewed()
    {
        using var client = factory.CreateTestClient();

        await client.Http.GetAsync($"/__test/audited/{Guid.Empty}");

        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == Guid.Empty)));
    }
}
