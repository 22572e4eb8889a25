using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class BedOccupancyConfiguration : IEntityTypeConfiguration<BedOccupancy>
{
    public void Configure(EntityTypeBuilder<BedOccupancy> builder)
    {
        builder.ToTable("BedOccupancies");
        builder.HasOne<Bed>().WithMany().HasForeignKey(x => x.BedId).OnDelete(DeleteBehavior.Restrict);

        // A bed is never given to two people at once, also when two staff admit at the same moment: one open row per
        // bed, enforced by the database (the loser's save fails with a duplicate key and is told the bed is taken).
        builder.HasIndex(x => x.BedId).IsUnique().HasFilter("EndedAtUtc IS NULL").HasDatabaseName("IX_BedOccupancies_BedId_Current");
        builder.HasIndex(x => new { x.PlacementId, x.FromUtc });
    }
}
