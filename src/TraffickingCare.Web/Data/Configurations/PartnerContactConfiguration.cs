using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.ToTable("PartnerContacts");
        builder.Property(x => x.Name).HasMaxLength(PartnerContact.NameMaxLength).IsRequired();
        builder.Property(x => x.Function).HasMaxLength(PartnerContact.FunctionMaxLength);
        builder.Property(x => x.Phone).HasMaxLength(Partner.PhoneMaxLength);
        builder.Property(x => x.Email).HasMaxLength(Partner.EmailMaxLength);
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
