using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class AwarenessEventPartnerConfiguration : IEntityTypeConfiguration<AwarenessEventPartner>
{
    public void Configure(EntityTypeBuilder<AwarenessEventPartner> builder)
    {
        builder.ToTable("AwarenessEventPartners");
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.EventId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
