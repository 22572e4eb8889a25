using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PlacementAbsenceConfiguration : IEntityTypeConfiguration<PlacementAbsence>
{
    public void Configure(EntityTypeBuilder<PlacementAbsence> builder)
    {
        builder.ToTable("PlacementAbsences");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => new { x.PlacementId, x.FromOn, x.IsDeleted });
    }
}
