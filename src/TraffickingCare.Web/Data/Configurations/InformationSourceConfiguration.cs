using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class InformationSourceConfiguration : IEntityTypeConfiguration<InformationSource>
{
    public void Configure(EntityTypeBuilder<InformationSource> builder)
    {
        builder.ToTable("InformationSources");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Institution).HasMaxLength(InformationSource.InstitutionMaxLength).IsRequired();
        builder.Property(x => x.Document).HasMaxLength(InformationSource.DocumentMaxLength).IsRequired();
        builder.HasIndex(x => new { x.CaseId, x.ReceivedOn });
    }
}
