using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class TrainingMaterialConfiguration : IEntityTypeConfiguration<TrainingMaterial>
{
    public void Configure(EntityTypeBuilder<TrainingMaterial> builder)
    {
        builder.ToTable("TrainingMaterials");
        builder.Property(x => x.FileName).HasMaxLength(Domain.Attachments.CaseAttachment.FileNameMaxLength).IsRequired();
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.StoredName).HasMaxLength(Domain.Attachments.CaseAttachment.StoredNameLength).IsRequired();

        // Already protected by the key ring; kept out of the audit values all the same.
        builder.Property(x => x.WrappedKey).HasMaxLength(1000).IsRequired().IsSensitive();
        builder.Property(x => x.UploadedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasOne<Training>().WithMany().HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.StoredName).IsUnique();
        builder.HasIndex(x => new { x.TrainingId, x.IsDeleted });
    }
}
