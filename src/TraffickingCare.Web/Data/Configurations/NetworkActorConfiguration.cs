using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class NetworkActorConfiguration : IEntityTypeConfiguration<NetworkActor>
{
    public void Configure(EntityTypeBuilder<NetworkActor> builder)
    {
        builder.ToTable("NetworkActors");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerContact>().WithMany().HasForeignKey(x => x.PartnerContactId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Sector).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.RoleCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Ignore(x => x.IsActive);

        // A case's network (its page, its panel, "Moj rad"'s stale contacts), and counts of sectors per case.
        builder.HasIndex(x => new { x.CaseId, x.EndedOn, x.Sector, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerContactId, x.IsDeleted });
    }
}
