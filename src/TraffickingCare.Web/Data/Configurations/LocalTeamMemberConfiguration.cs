using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class LocalTeamMemberConfiguration : IEntityTypeConfiguration<LocalTeamMember>
{
    public void Configure(EntityTypeBuilder<LocalTeamMember> builder)
    {
        builder.ToTable("LocalTeamMembers");
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.TeamId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
