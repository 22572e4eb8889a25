using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Auditing;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength).IsRequired();
        builder.Property(x => x.UserId).HasMaxLength(AuditEntry.UserIdMaxLength);
        builder.Property(x => x.Reason).HasMaxLength(AuditEntry.ReasonMaxLength);
        builder.Property(x => x.CorrelationId).HasMaxLength(100);
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
        builder.HasIndex(x => x.AtUtc);

        // A user's rows; led by a user's recent views of one kind of record, read to count the distinct cases a user
        // opened within the bulk-view window.
        builder.HasIndex(x => new { x.UserId, x.Action, x.EntityType, x.AtUtc, x.EntityId });

        // Views only (a partial index, so it costs nothing on the other rows): whether a user opened one case within the
        // window already, a seek on every case view (BulkViewWatch). Action is a column too, redundant with the filter:
        // without it SQLite (no statistics) rates this index and the one above equal, three equalities and a range
        // each, and picked the one above on a large database.
        builder.HasIndex(x => new { x.UserId, x.Action, x.EntityType, x.EntityId, x.AtUtc })
            .HasFilter("Action = 'Viewed'")
            .HasDatabaseName("IX_AuditEntries_Views");

        // The chain: its order (one row a place), and the rows still waiting to be sealed, found without reading the rest.
        builder.Property(x => x.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsUnicode(false);
        builder.HasIndex(x => x.Sequence).IsUnique().HasFilter("Sequence IS NOT NULL");
        builder.HasIndex(x => x.Id).HasFilter("Sequence IS NULL").HasDatabaseName("IX_AuditEntries_Unsealed");
    }
}
