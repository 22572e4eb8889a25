using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ProceedingStageChangeConfiguration : IEntityTypeConfiguration<ProceedingStageChange>
{
    public void Configure(EntityTypeBuilder<ProceedingStageChange> builder)
    {
        builder.ToTable("ProceedingStageChanges");
        builder.Property(x => x.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.RecordedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.Reason).IsEncrypted();
        builder.HasIndex(x => new { x.ProceedingId, x.Since, x.IsDeleted });
    }
}
