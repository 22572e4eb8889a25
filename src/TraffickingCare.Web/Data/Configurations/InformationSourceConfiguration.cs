using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class InformationSourceConfiguration : IEntityTypeConfiguration<InformationSource>
{
    public void Configure(EntityTypeBuilder<InformationSource> builder)
    {
        builder.ToTable("InformationSources");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // "Police station X, record of the hearing of Y": which institution and which document
        // locate the person and often name them. Encrypted (no length limit, see PersonIdentityConfiguration).
        builder.Property(x => x.Institution).IsRequired().IsEncrypted();
        builder.Property(x => x.Document).IsRequired().IsEncrypted();
        builder.HasIndex(x => new { x.CaseId, x.ReceivedOn });
    }
}
