using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>A root's version covers its parts: the data layer moves it at save, whoever changed only a part.</summary>
public sealed class RootVersionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static int nextNumber = 6100;

    private async Task<CaseFile> SavedCaseAsync()
    {
        var file = CaseFile.Open(CaseCode.For(2025, Interlocked.Increment(ref nextNumber)), "lead", app.Factory.Clock.GetUtcNow().UtcDateTime);
        await app.Factory.WithDbAsync(db =>
        {
            db.Cases.Add(file);
            return db.SaveChangesAsync();
        });
        return file;
    }

    private Task AddToTeamAsync(Guid id, string userId) => app.Factory.WithDbAsync(async db =>
    {
        var loaded = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
        loaded.AddToTeam(userId);
        await db.SaveChangesAsync();
    });

    private Task<int> StoredVersionAsync(Guid id) =>
        app.Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    [Fact]
    public async Task Adding_only_a_part_moves_the_roots_version_without_an_audit_entry_of_its_own()
    {
        var file = await SavedCaseAsync();

        await AddToTeamAsync(file.Id, "second");

        Assert.Equal(2, await StoredVersionAsync(file.Id));
        var audited = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == file.Id));
        Assert.Equal(1, audited); // its creation only: the team row carries the change
    }

    [Fact]
    public async Task Changing_and_removing_only_parts_moves_the_roots_version_each_time()
    {
        var file = await SavedCaseAsync();
        var clock = app.Factory.Clock.GetUtcNow().UtcDateTime;

        await app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.Cases.Include(c => c.CodeListValues).SingleAsync(c => c.Id == file.Id);
            loaded.DescribePerson(loaded.Profile, ["srp", "rom"], [], null, "radnik", clock);
            await db.SaveChangesAsync();
        });
        Assert.Equal(2, await StoredVersionAsync(file.Id));

        await app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.Cases.Include(c => c.CodeListValues).SingleAsync(c => c.Id == file.Id);
            loaded.DescribePerson(loaded.Profile, ["srp"], [], null, "radnik", clock);
            await db.SaveChangesAsync();
        });
        Assert.Equal(3, await StoredVersionAsync(file.Id));
    }

    [Fact]
    public async Task A_save_of_the_root_from_before_a_part_only_change_is_refused()
    {
        var file = await SavedCaseAsync();
        await using var firstScope = app.Factory.Services.CreateAsyncScope();
        await using var secondScope = app.Factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await first.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id);
        var theirs = await second.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id);

        mine.AddToTeam("second");
        await first.SaveChangesAsync();
        theirs.Restrict();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.False(await app.Factory.WithDbAsync(db => db.Cases.Where(c => c.Id == file.Id).Select(c => c.IsRestricted).SingleAsync()));
    }

    [Fact]
    public async Task A_part_only_change_carrying_a_stale_version_from_a_form_is_refused()
    {
        var file = await SavedCaseAsync();
        await AddToTeamAsync(file.Id, "second");

        // What a handler does with the version the user's page was rendered with (1, before the change above).
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id);
            db.Entry(loaded).Property(c => c.Version).OriginalValue = 1;
            loaded.AddToTeam("third");
            await db.SaveChangesAsync();
        }));
        Assert.Equal(2, await StoredVersionAsync(file.Id));
    }

    [Fact]
    public async Task A_part_saved_without_its_root_is_refused_before_anything_is_written()
    {
        var file = await SavedCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Factory.WithDbAsync(async db =>
        {
            db.Remove(await db.Set<CaseTeamMember>().SingleAsync(m => m.CaseId == file.Id));
            await db.SaveChangesAsync();
        }));

        Assert.Contains("root", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.Set<CaseTeamMember>().CountAsync(m => m.CaseId == file.Id)));
        Assert.Equal(1, await StoredVersionAsync(file.Id));
    }
}
