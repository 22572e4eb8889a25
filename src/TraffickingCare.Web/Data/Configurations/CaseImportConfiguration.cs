using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Imports;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseImportConfiguration : IEntityTypeConfiguration<CaseImport>
{
    public void Configure(EntityTypeBuilder<CaseImport> builder)
    {
        builder.ToTable("CaseImports");
        builder.Property(x => x.FileName).HasMaxLength(CaseImport.FileNameMaxLength).IsRequired();
        builder.Property(x => x.Sha256).HasMaxLength(CaseImport.Sha256Length).IsRequired();
        builder.Property(x => x.ImportedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.StoredName).HasMaxLength(CaseImport.StoredNameLength);
        builder.Property(x => x.WrappedKey).HasMaxLength(CaseImport.WrappedKeyMaxLength);
        builder.Property(x => x.FailureKey).HasMaxLength(CaseImport.FailureKeyMaxLength);
        builder.HasIndex(x => new { x.ValidatedAtUtc, x.IsDeleted });
    }
}
