using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.Property(x => x.Name).HasMaxLength(Partner.NameMaxLength).IsRequired();
        builder.Property(x => x.SearchKey).HasMaxLength(Partner.NameMaxLength * 2).IsRequired();
        builder.Property(x => x.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.MunicipalityCode).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.Property(x => x.Address).HasMaxLength(Partner.AddressMaxLength);
        builder.Property(x => x.Phone).HasMaxLength(Partner.PhoneMaxLength);
        builder.Property(x => x.Email).HasMaxLength(Partner.EmailMaxLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The directory is read by name, filtered by sector or municipality (and searched by the name's key).
        builder.HasIndex(x => new { x.Sector, x.Name, x.IsDeleted });
        builder.HasIndex(x => new { x.MunicipalityCode, x.Name, x.IsDeleted });
        builder.HasIndex(x => new { x.Name, x.IsDeleted });
    }
}
