using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Accounts;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class BulkViewAlertConfiguration : IEntityTypeConfiguration<BulkViewAlert>
{
    public void Configure(EntityTypeBuilder<BulkViewAlert> builder)
    {
        builder.ToTable("BulkViewAlerts");
        builder.Property(x => x.UserId).HasMaxLength(BulkViewAlert.UserIdMaxLength).IsRequired();
        builder.Property(x => x.ReviewedBy).HasMaxLength(BulkViewAlert.UserIdMaxLength);
        builder.HasIndex(x => new { x.UserId, x.DetectedAtUtc });
        builder.HasIndex(x => x.DetectedAtUtc);
    }
}
