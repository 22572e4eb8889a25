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

        // Two indexes of views only (partial, so they cost nothing on the other rows: no query reads those by user and
        // time; management's restricted access reads its own rows by record), one for each of the bulk-view watch's
        // reads on every case view (BulkViewWatch):
        // - a case new in the window: the distinct cases among the user's views of the window, read in time order from
        //   the window's start, so the count's cost follows the window and not the user's whole history;
        // - a case opened again within the window: one seek, led by the case, so that SQLite (no statistics) cannot
        //   take it for the count (an index led by the user and then the case gave the count the cases in order and won,
        //   reading every view the user ever made). Action is a column too, redundant with the filter: without it SQLite
        //   rates the two indexes equal for the seek (three equalities and a range each) and picks the first.
        // Before, the first index covered every audit row: the audit trail's largest index (354 of its 729 MiB of
        // indexes at 100,000 seeded cases), written on every save and read for nothing but views.
        builder.HasIndex(x => new { x.UserId, x.Action, x.EntityType, x.AtUtc, x.EntityId })
            .HasFilter("Action = 'Viewed'")
            .HasDatabaseName("IX_AuditEntries_ViewsByTime");
        builder.HasIndex(x => new { x.EntityId, x.UserId, x.Action, x.EntityType, x.AtUtc })
            .HasFilter("Action = 'Viewed'")
            .HasDatabaseName("IX_AuditEntries_Views");

        // The chain: its order (one row a place), and the rows still waiting to be sealed, found without reading the rest.
        builder.Property(x => x.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength().IsUnicode(false);
        builder.HasIndex(x => x.Sequence).IsUnique().HasFilter("Sequence IS NOT NULL");
        builder.HasIndex(x => x.Id).HasFilter("Sequence IS NULL").HasDatabaseName("IX_AuditEntries_Unsealed");
    }
}
