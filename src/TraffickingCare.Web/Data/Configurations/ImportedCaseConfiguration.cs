using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ImportedCaseConfiguration : IEntityTypeConfiguration<ImportedCase>
{
    public void Configure(EntityTypeBuilder<ImportedCase> builder)
    {
        builder.ToTable("ImportedCases");
        builder.Property(x => x.ExternalCaseId).HasMaxLength(ImportedCase.ExternalIdMaxLength).IsRequired();

        // The Centre's case number names one case for ever: a second import of it updates that case.
        builder.HasIndex(x => x.ExternalCaseId).IsUnique();
        builder.HasIndex(x => x.CaseId).IsUnique();
        builder.Property(x => x.Fingerprint).HasMaxLength(ImportedCase.FingerprintLength).IsRequired();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseImport>().WithMany().HasForeignKey(x => x.FirstImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseImport>().WithMany().HasForeignKey(x => x.LastImportId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(x => x.Values, values =>
        {
            values.Property(v => v.DecisionMakingOrganisation).HasColumnName("DecisionMakingOrganisation").HasMaxLength(ImportedValues.HtcdsCodeMaxLength);
            values.Property(v => v.SexExploitationTypes).HasColumnName("SexExploitationTypes").HasMaxLength(ImportedCase.ValuesMaxLength);
            values.Property(v => v.ForcedLabourIndustry).HasColumnName("ForcedLabourIndustry").HasMaxLength(ImportedCase.ValuesMaxLength);
            values.Property(v => v.Consent).HasColumnName("Consent");
            values.Property(v => v.FurtherRecruitmentMethods).HasColumnName("FurtherRecruitmentMethods").HasMaxLength(ImportedCase.ValuesMaxLength);
            values.Property(v => v.SupportTypes).HasColumnName("SupportTypes").HasMaxLength(ImportedCase.ValuesMaxLength);
        });
    }
}
