using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class BedConfiguration : IEntityTypeConfiguration<Bed>
{
    public void Configure(EntityTypeBuilder<Bed> builder)
    {
        builder.ToTable("Beds");
        builder.Property(x => x.Label).HasMaxLength(Bed.LabelMaxLength).IsRequired();
        builder.HasOne<ShelterRoom>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.RoomId, x.Label, x.IsDeleted });
    }
}
