using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ShelterUnitConfiguration : IEntityTypeConfiguration<ShelterUnit>
{
    public void Configure(EntityTypeBuilder<ShelterUnit> builder)
    {
        builder.ToTable("ShelterUnits");
        builder.Property(x => x.Name).HasMaxLength(ShelterUnit.NameMaxLength).IsRequired();

        // Whoever reads the address can find the women living there: encrypted, kept out of the audit's values.
        builder.Property(x => x.Address).IsEncrypted();
        builder.HasIndex(x => new { x.Name, x.IsDeleted });
    }
}
