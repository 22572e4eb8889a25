using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Data.PersonSearch;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The import's bulk save writes what SaveChanges would: every column of every added entity, through the same type
/// mappings and converters (encrypted fields readable again, complex properties in their columns), parents first.
/// </summary>
public sealed class AddedRowsWriterTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly HashSet<string> Stamps =
        [nameof(Entity.CreatedAtUtc), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAtUtc), nameof(Entity.UpdatedBy), nameof(Entity.Version)];

    [Fact]
    public async Task Every_added_row_reads_back_with_the_values_it_was_given()
    {
        var expected = new List<(Type Type, object[] Key, Dictionary<string, object?> Values)>();
        Guid caseId = default;
        await app.Factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            caseId = await AddCaseAsync(db, 9001);
            db.ChangeTracker.DetectChanges();
            expected.AddRange(db.ChangeTracker.Entries().Where(e => e.Metadata.ClrType != typeof(AuditEntry))
                .Select(e => (e.Metadata.ClrType, e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue!).ToArray(), Values(e))));
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Created, nameof(CaseFile), caseId, "system", app.Factory.Clock.GetUtcNow().UtcDateTime, "{\"bulk\":1}"));
            await AddedRowsWriter.SaveAsync(db, CancellationToken.None);
            Assert.Empty(db.ChangeTracker.Entries());
            await transaction.CommitAsync();
        }));

        Assert.Equal(
            [typeof(CaseCodeListValue), typeof(CaseFile), typeof(CaseService), typeof(CaseTeamMember), typeof(PersonIdentity), typeof(PersonSearchToken), typeof(Referral)],
            expected.Select(e => e.Type).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal));
        await app.Factory.WithDbAsync(async db =>
        {
            foreach (var (type, key, values) in expected)
            {
                var found = await db.FindAsync(type, key);
                Assert.NotNull(found);
                Assert.Equal(values, Values(db.Entry(found)));
                if (found is Entity entity)
                {
                    Assert.Equal((1, "system", app.Factory.Clock.GetUtcNow().UtcDateTime), (entity.Version, entity.CreatedBy, entity.CreatedAtUtc));
                }
            }

            var service = await db.CaseServices.SingleAsync(s => s.CaseId == caseId);
            Assert.Equal("Razgovor u četiri oka", service.Note);
            var tally = await db.ServiceTallies.SingleAsync(t => t.CaseId == caseId);
            Assert.Equal(("Psychological", 2025, 1), (tally.TypeCode, tally.Year, tally.Services));
            Assert.Equal("{\"bulk\":1}", (await db.AuditEntries.SingleAsync(a => a.EntityId == caseId && a.Changes == "{\"bulk\":1}")).Changes);
        });
    }

    [Fact]
    public async Task Every_added_entity_gets_the_audit_row_a_save_gives_it_with_each_field_that_has_a_value()
    {
        var expected = new Dictionary<Guid, (string Type, string Changes)>();
        await app.Factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AddCaseAsync(db, 9004);
            db.ChangeTracker.DetectChanges();
            foreach (var entry in db.ChangeTracker.Entries<Entity>())
            {
                expected[entry.Entity.Id] = (entry.Metadata.ClrType.Name, CreatedDescription(entry));
            }

            await AddedRowsWriter.SaveAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
        }));

        var written = await app.Factory.WithDbAsync(db => db.AuditEntries.Where(a => expected.Keys.Contains(a.EntityId)).ToListAsync());
        Assert.Equal(expected.Count, written.Count);
        Assert.All(written, row =>
        {
            Assert.Equal((AuditAction.Created, "system"), (row.Action, row.UserId));
            Assert.Equal(expected[row.EntityId], (row.EntityType, row.Changes!));
        });

        // The encrypted fields are named, never given: the person's name is in no audit row.
        Assert.Contains(written, row => row.Changes!.Contains("\"FirstName\":{\"changed\":true}", StringComparison.Ordinal));
        Assert.DoesNotContain(written, row => row.Changes!.Contains("Vesna", StringComparison.Ordinal));
        Assert.Contains("\"Person.SexCode\":{\"to\":\"Feminine\"}", written.Single(row => row.EntityType == nameof(Referral)).Changes!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_are_not_added_this_way_outside_a_transaction()
    {
        await app.Factory.WithDbAsync(async db =>
        {
            await AddCaseAsync(db, 9003);
            await Assert.ThrowsAsync<InvalidOperationException>(() => AddedRowsWriter.SaveAsync(db, CancellationToken.None));
        });

        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.Cases.CountAsync(c => c.CodeSequence == 9003)));
    }

    [Fact]
    public async Task A_unit_of_work_that_changes_a_row_is_refused_and_nothing_is_written()
    {
        var code = await app.Factory.WithDbAsync(async db =>
        {
            var item = await db.CodeListItems.FirstAsync();
            item.Relabel(new CodeListLabels("Izmenjeno", "Измењено", "Changed"), item.SortOrder);
            await AddCaseAsync(db, 9002);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => AddedRowsWriter.SaveAsync(db, CancellationToken.None));
                Assert.StartsWith("Only added entities", refused.Message, StringComparison.Ordinal);
                await transaction.CommitAsync();
            });
            return item.Code;
        });

        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.CodeListItems.CountAsync(c => c.Code == code && c.LabelLatin == "Izmenjeno")));
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.Cases.CountAsync(c => c.CodeSequence == 9002)));
    }

    /// <summary>A case as the import makes one: a person with search tokens, a referral (complex properties), code values, a team and a service with an encrypted note.</summary>
    private async Task<Guid> AddCaseAsync(AppDbContext db, int sequence)
    {
        var lead = await db.Users.Where(u => u.UserName == "koordinator").Select(u => u.Id).SingleAsync();
        var now = app.Factory.Clock.GetUtcNow().UtcDateTime;
        var person = PersonIdentity.Record(new PersonIdentityDetails("Vesna", "Probić", null, new DateOnly(2004, 2, 29)));
        db.PersonIdentities.Add(person);
        new PersonSearchIndex(db, app.Factory.Services.GetRequiredService<BlindIndexKey>()).IndexNew(person);
        var referral = Referral.Imported(
            new ReferralReceipt(now, "Phone", "Police", "PU Test", null, "RS-NIS", new ReferredPerson("V. P.", "Feminine", 21, null, "RS", null), null, UrgencyIndicators.None),
            lead,
            now);
        var file = CaseFile.Open(CaseCode.For(2025, sequence), lead, now, referral.Id, person.Id, now);
        referral.OpenImportedCase(file.Id, lead);
        file.DescribePerson(file.Profile with { SexCode = "Feminine", CitizenshipCode = "RS" }, ["sr"], [], person.DateOfBirth, lead, now);
        db.Referrals.Add(referral);
        db.Cases.Add(file);
        db.CaseServices.Add(CaseService.Log(file.Id, new ServiceDetails("Psychological", new DateOnly(2025, 3, 1), 45, StaffOrPartner.Staff(lead), "Razgovor u četiri oka"), lead, now, DateOnly.FromDateTime(now)));
        return file.Id;
    }

    /// <summary>
    /// A created entity's description as the audit writer has always written it, from EF's property entries: each field
    /// with a value but the key and the stamps, a complex type's named after its property, sensitive ones without value.
    /// </summary>
    private static string CreatedDescription(EntityEntry entry) =>
        JsonSerializer.Serialize(Fields(entry.Properties, null)
            .Concat(entry.ComplexProperties.SelectMany(c => Fields(c.Properties, c.Metadata.Name)))
            .Where(f => f.Property.CurrentValue is not null && f.Property.Metadata.Name != nameof(Entity.Id) && !Stamps.Contains(f.Property.Metadata.Name)
                && f.Property.Metadata.Name is not (nameof(Entity.DeletedAtUtc) or nameof(Entity.DeletedBy)))
            .ToDictionary(f => f.Name, f => f.Property.Metadata.IsSensitive() ? (object)new { changed = true } : new { to = f.Property.CurrentValue }));

    private static IEnumerable<(string Name, PropertyEntry Property)> Fields(IEnumerable<PropertyEntry> properties, string? complex) =>
        properties.Select(p => (complex is null ? p.Metadata.Name : $"{complex}.{p.Metadata.Name}", p));

    private static Dictionary<string, object?> Values(EntityEntry entry) =>
        entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties))
            .Where(p => !Stamps.Contains(p.Metadata.Name))
            .ToDictionary(p => $"{p.Metadata.DeclaringType.DisplayName()}.{p.Metadata.Name}", p => p.CurrentValue);
}
