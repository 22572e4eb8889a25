using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

public sealed class SoftDeleteAndConcurrencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<CodeListItem> SavedItemAsync(string code)
    {
        var item = CodeListItem.Create("DataTest", code, new CodeListLabels("Proba", "Проба", "Test"), 10);
        await app.Factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(item);
            return db.SaveChangesAsync();
        });
        return item;
    }

    [Fact]
    public async Task Removing_an_entity_keeps_the_row_hidden_behind_the_query_filter()
    {
        var item = await SavedItemAsync("SoftDeleted");

        await app.Factory.WithDbAsync(async db =>
        {
            db.CodeListItems.Remove(await db.CodeListItems.SingleAsync(c => c.Id == item.Id));
            await db.SaveChangesAsync();
        });

        Assert.False(await app.Factory.WithDbAsync(db => db.CodeListItems.AnyAsync(c => c.Id == item.Id)));
        var row = await app.Factory.WithDbAsync(db => db.CodeListItems.IgnoreQueryFilters().SingleAsync(c => c.Id == item.Id));
        Assert.True(row.IsDeleted);
        Assert.Equal("system", row.DeletedBy);
        Assert.NotNull(row.DeletedAtUtc);
        Assert.Equal(1L, await RawCountAsync("SELECT COUNT(*) FROM CodeListItems WHERE Id = $id", item.Id));
        Assert.True(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == item.Id && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_saves_is_refused_not_applied()
    {
        var item = await SavedItemAsync("Concurrent");
        await using var firstScope = app.Factory.Services.CreateAsyncScope();
        await using var secondScope = app.Factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>();
        var mine = await first.CodeListItems.SingleAsync(c => c.Id == item.Id);
        var theirs = await second.CodeListItems.SingleAsync(c => c.Id == item.Id);

        mine.Relabel(new CodeListLabels("Prva izmena", "Проба", "Test"), 10);
        await first.SaveChangesAsync();
        theirs.Relabel(new CodeListLabels("Druga izmena", "Проба", "Test"), 10);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        var stored = await app.Factory.WithDbAsync(db => db.CodeListItems.AsNoTracking().SingleAsync(c => c.Id == item.Id));
        Assert.Equal("Prva izmena", stored.LabelLatin);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task A_save_carrying_a_stale_version_from_a_form_is_refused()
    {
        var item = await SavedItemAsync("StaleForm");
        await app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.CodeListItems.SingleAsync(c => c.Id == item.Id);
            loaded.Relabel(new CodeListLabels("Neko drugi", "Проба", "Test"), 10);
            await db.SaveChangesAsync();
        });

        // What a handler does with the Version the user's form was rendered with.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.CodeListItems.SingleAsync(c => c.Id == item.Id);
            db.Entry(loaded).Property(c => c.Version).OriginalValue = 1;
            loaded.Relabel(new CodeListLabels("Moja izmena", "Проба", "Test"), 10);
            await db.SaveChangesAsync();
        }));
    }

    private async Task<long> RawCountAsync(string sql, Guid id)
    {
        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
