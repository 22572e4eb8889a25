using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Accounts;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PrivilegedChangeConfiguration : IEntityTypeConfiguration<PrivilegedChange>
{
    public void Configure(EntityTypeBuilder<PrivilegedChange> builder)
    {
        builder.ToTable("PrivilegedChanges");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.TargetUserId).HasMaxLength(PrivilegedChange.UserIdMaxLength).IsRequired();
        builder.Property(x => x.Role).HasMaxLength(PrivilegedChange.RoleMaxLength).IsRequired();
        builder.Property(x => x.RequestedBy).HasMaxLength(PrivilegedChange.UserIdMaxLength).IsRequired();
        builder.Property(x => x.DecidedBy).HasMaxLength(PrivilegedChange.UserIdMaxLength);
        builder.HasIndex(x => new { x.Status, x.RequestedAtUtc });
        builder.HasIndex(x => x.TargetUserId);
    }
}
