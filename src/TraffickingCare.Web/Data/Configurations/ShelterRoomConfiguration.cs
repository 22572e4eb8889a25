using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ShelterRoomConfiguration : IEntityTypeConfiguration<ShelterRoom>
{
    public void Configure(EntityTypeBuilder<ShelterRoom> builder)
    {
        builder.ToTable("ShelterRooms");
        builder.Property(x => x.Name).HasMaxLength(ShelterRoom.NameMaxLength).IsRequired();
        builder.HasOne<ShelterUnit>().WithMany().HasForeignKey(x => x.ShelterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.ShelterId, x.Name, x.IsDeleted });
    }
}
