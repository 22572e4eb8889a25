using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ToTable("CaseAttachments");

        // A file's name and description may name the person ("Passport Jelena P.pdf"): encrypted like names.
        builder.Property(x => x.FileName).IsEncrypted();
        builder.Property(x => x.Description).IsEncrypted();
        builder.Property(x => x.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.StoredName).HasMaxLength(CaseAttachment.StoredNameLength).IsRequired();

        // Already protected by the key ring; kept out of the audit values all the same.
        builder.Property(x => x.WrappedKey).HasMaxLength(1000).IsRequired().IsSensitive();
        builder.Property(x => x.UploadedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.StoredName).IsUnique();

        // The case's list, newest first.
        builder.HasIndex(x => new { x.CaseId, x.UploadedAtUtc, x.IsDeleted });
    }
}
