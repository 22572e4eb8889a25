using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.ToTable("PartnerContacts");

        // Professionals, not victims, but still people: their names and numbers stay searchable yet never reach the audit trail.
        builder.Property(x => x.Name).HasMaxLength(PartnerContact.NameMaxLength).IsRequired().IsSensitive();
        builder.Property(x => x.Function).HasMaxLength(PartnerContact.FunctionMaxLength);
        builder.Property(x => x.Phone).HasMaxLength(Partner.PhoneMaxLength).IsSensitive();
        builder.Property(x => x.Email).HasMaxLength(Partner.EmailMaxLength).IsSensitive();
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
