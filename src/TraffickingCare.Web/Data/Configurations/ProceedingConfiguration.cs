using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ProceedingConfiguration : IEntityTypeConfiguration<Proceeding>
{
    public void Configure(EntityTypeBuilder<Proceeding> builder)
    {
        builder.ToTable("Proceedings");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.LawyerPartnerId).OnDelete(DeleteBehavior.Restrict);

        // The court's case number leads straight to the person's file at the court: encrypted, so with no
        // length limit in the column (the ciphertext is longer; the limit lives on the entity and its form).
        builder.Property(x => x.CaseNumber).IsEncrypted();
        builder.Property(x => x.LawyerDescription).IsEncrypted();
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.ClaimedAmount).HasPrecision(18, 2);
        builder.Property(x => x.ClaimedCurrency).HasMaxLength(3);
        builder.Property(x => x.AwardedAmount).HasPrecision(18, 2);
        builder.Property(x => x.AwardedCurrency).HasMaxLength(3);
        builder.Ignore(x => x.Claimed);
        builder.Ignore(x => x.Awarded);
        builder.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Stages).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A case's proceedings on the case page; the report counts by stage.
        builder.HasIndex(x => new { x.CaseId, x.IsDeleted });
        builder.HasIndex(x => new { x.Stage, x.IsDeleted });
    }
}
