using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

public sealed class AuditTrailTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static CodeListItem NewItem(string code) =>
        CodeListItem.Create("AuditTest", code, new CodeListLabels("Proba", "Проба", "Test"), 10);

    [Fact]
    public async Task An_audit_row_is_committed_with_the_change_it_describes()
    {
        var item = NewItem("Committed");
        await app.Factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(item);
            return db.SaveChangesAsync();
        });

        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == item.Id));

        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal(nameof(CodeListItem), entry.EntityType);
        Assert.Equal("system", entry.UserId);
        using var changes = JsonDocument.Parse(entry.Changes!);
        Assert.Equal("Proba", changes.RootElement.GetProperty("LabelLatin").GetProperty("to").GetString());
    }

    [Fact]
    public async Task An_audit_row_is_rolled_back_with_its_change()
    {
        var item = NewItem("RolledBack");
        await app.Factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.CodeListItems.Add(item);
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityId == item.Id));
            await transaction.RollbackAsync();
        }));

        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == item.Id)));
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.CodeListItems.IgnoreQueryFilters().CountAsync(c => c.Id == item.Id)));
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_audit_row_behind()
    {
        await app.Factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(NewItem("Duplicate"));
            return db.SaveChangesAsync();
        });
        var duplicate = NewItem("Duplicate");

        await Assert.ThrowsAsync<DbUpdateException>(() => app.Factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(duplicate);
            return db.SaveChangesAsync();
        }));

        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == duplicate.Id)));
    }

    [Fact]
    public async Task An_update_records_old_and_new_values_of_the_fields_that_changed_only()
    {
        var item = NewItem("Updated");
        await app.Factory.WithDbAsync(db =>
        {
            db.CodeListItems.Add(item);
            return db.SaveChangesAsync();
        });

        await app.Factory.WithDbAsync(async db =>
        {
            var loaded = await db.CodeListItems.SingleAsync(c => c.Id == item.Id);
            loaded.Relabel(new CodeListLabels("Ispravljeno", "Проба", "Test"), 10);
            await db.SaveChangesAsync();
        });

        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == item.Id && a.Action == AuditAction.Updated));
        using var changes = JsonDocument.Parse(entry.Changes!);
        var fields = changes.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["LabelLatin"], fields);
        Assert.Equal("Proba", changes.RootElement.GetProperty("LabelLatin").GetProperty("from").GetString());
        Assert.Equal("Ispravljeno", changes.RootElement.GetProperty("LabelLatin").GetProperty("to").GetString());
    }

    [Fact]
    public async Task The_values_of_sensitive_fields_never_reach_the_audit_trail()
    {
        var person = PersonIdentity.Record(new PersonIdentityDetails("Zorka", "Probić", PersonalIdNumber: "0101990715006"));
        await app.Factory.WithDbAsync(db =>
        {
            db.PersonIdentities.Add(person);
            return db.SaveChangesAsync();
        });

        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == person.Id));

        Assert.Contains("FirstName", entry.Changes);
        Assert.Contains("PersonalIdNumber", entry.Changes);
        Assert.DoesNotContain("Zorka", entry.Changes);
        Assert.DoesNotContain("Probić", entry.Changes);
        Assert.DoesNotContain("0101990715006", entry.Changes);
    }

    [Fact]
    public async Task A_recorded_view_names_the_user_the_record_and_the_reason()
    {
        var id = Guid.CreateVersion7();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.Auditing.AuditTrail>();
            await trail.RecordViewAsync("Case", id, "Zahtev suda");
        }

        var entry = await app.Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id));

        Assert.Equal(AuditAction.Viewed, entry.Action);
        Assert.Equal("Case", entry.EntityType);
        Assert.Equal("Zahtev suda", entry.Reason);
    }

    [Fact]
    public async Task A_view_recorded_on_a_request_that_only_read_leaves_nothing_in_its_context()
    {
        var id = Guid.CreateVersion7();
        await using var request = Request();
        var (db, trail) = (request.Db, request.Trail);

        await trail.RecordViewAsync("Case", id);
        await trail.RecordViewAsync("Case", id);

        // Written through the request's own context, and gone from it: a later save there writes no row twice.
        Assert.Empty(db.ChangeTracker.Entries());
        db.CodeListItems.Add(NewItem("AfterView"));
        await db.SaveChangesAsync();
        Assert.Equal(2, await app.Factory.WithDbAsync(other => other.AuditEntries.CountAsync(a => a.EntityId == id)));
    }

    [Fact]
    public async Task A_view_recorded_beside_a_pending_change_is_written_without_it()
    {
        var id = Guid.CreateVersion7();
        var pending = NewItem("PendingBesideView");
        await using var request = Request();
        var (db, trail) = (request.Db, request.Trail);
        db.CodeListItems.Add(pending);

        await trail.RecordViewAsync("Case", id);

        Assert.Equal(1, await app.Factory.WithDbAsync(other => other.AuditEntries.CountAsync(a => a.EntityId == id)));
        Assert.Equal(0, await app.Factory.WithDbAsync(other => other.CodeListItems.IgnoreQueryFilters().CountAsync(c => c.Id == pending.Id)));
        Assert.Equal(EntityState.Added, db.Entry(pending).State);
    }

    [Fact]
    public async Task A_view_recorded_inside_the_case_pages_read_snapshot_is_written_beside_it_and_stays()
    {
        var id = Guid.CreateVersion7();
        await using var request = Request();
        var (db, trail) = (request.Db, request.Trail);

        // A row written on the snapshot's connection would fail (a read transaction cannot write once another connection
        // has) or end with it; the snapshot is ended right after, as a failed read ends it.
        await Assert.ThrowsAsync<InvalidOperationException>(() => TraffickingCare.Web.Data.Sqlite.ReadSnapshot.ReadAsync<bool>(db, async ct =>
        {
            Assert.True(await db.CodeListItems.AnyAsync(ct));
            await trail.RecordViewAsync("Case", id, ct: ct);
            throw new InvalidOperationException("the read fails after the view was recorded");
        }, CancellationToken.None));

        Assert.Null(db.Database.CurrentTransaction);
        Assert.Equal(1, await app.Factory.WithDbAsync(other => other.AuditEntries.CountAsync(a => a.EntityId == id)));
    }
    /// <summary>A request's services: its own context, and the audit trail that may write through it.</summary>
    private RequestServices Request()
    {
        var scope = app.Factory.Services.CreateAsyncScope();
        return new(scope, scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>(), scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.Auditing.AuditTrail>());
    }

    private sealed record RequestServices(AsyncServiceScope Scope, TraffickingCare.Web.Data.AppDbContext Db, TraffickingCare.Web.Data.Auditing.AuditTrail Trail) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
