using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseTeamMemberConfiguration : IEntityTypeConfiguration<CaseTeamMember>
{
    public void Configure(EntityTypeBuilder<CaseTeamMember> builder)
    {
        builder.ToTable("CaseTeamMembers");
        builder.Property(x => x.UserId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();

        // "My cases" is the most frequent question a caseworker asks.
        builder.HasIndex(x => new { x.UserId, x.CaseId });
    }
}
