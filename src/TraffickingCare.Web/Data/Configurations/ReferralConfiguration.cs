using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(x => x.ChannelCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Property(x => x.ReferrerSectorCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Property(x => x.MunicipalityCode).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.LoggedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.AssigneeId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Property(x => x.TriagedBy).HasMaxLength(EntityConventions.UserIdMaxLength);

        // Free text that can name or locate the person: encrypted, so with no length limit (the
        // limits live on the entity and its form). A small clinic or a named school tells where
        // the person was; the outcome note says where the person was sent, or why not. Nothing
        // filters, sorts or groups on them: the register and the statistics use the sector code.
        builder.Property(x => x.ReferrerOrganisation).IsEncrypted();
        builder.Property(x => x.ReferrerContact).IsEncrypted();
        builder.Property(x => x.Circumstances).IsEncrypted();
        builder.Property(x => x.OutcomeNote).IsEncrypted();

        builder.ComplexProperty(x => x.Person, person =>
        {
            person.Property(p => p.NameOrAlias).HasColumnName("PersonNameOrAlias").IsEncrypted();
            person.Property(p => p.DateOfBirth).HasColumnName("PersonDateOfBirth").IsEncrypted();
            person.Property(p => p.SexCode).HasColumnName("PersonSexCode").HasMaxLength(CodeListItem.CodeMaxLength);
            person.Property(p => p.Age).HasColumnName("PersonAge");
            person.Property(p => p.CitizenshipCode).HasColumnName("PersonCitizenshipCode").HasMaxLength(CodeListItem.CodeMaxLength);
            person.Property(p => p.LanguageCode).HasColumnName("PersonLanguageCode").HasMaxLength(CodeListItem.CodeMaxLength);
        });

        builder.ComplexProperty(x => x.Urgency, urgency =>
        {
            urgency.Property(u => u.ImmediateDanger).HasColumnName("UrgentImmediateDanger");
            urgency.Property(u => u.Child).HasColumnName("UrgentChild");
            urgency.Property(u => u.Injured).HasColumnName("UrgentInjured");
            urgency.Property(u => u.Detained).HasColumnName("UrgentDetained");
        });

        // The register filters and sorts on these; the coordinator's home asks for "waiting, by deadline".
        builder.HasIndex(x => new { x.Status, x.TriageDeadlineUtc });

        // IsDeleted rides along so that the register's COUNT(*) (the soft-delete filter is always on)
        // is answered from the index alone instead of reading every wide, encrypted row: at 150,000
        // referrals on SQLite that is the difference between a full table scan and a few milliseconds.
        builder.HasIndex(x => new { x.ReceivedAtUtc, x.IsDeleted });

        // The annual report groups five years of referrals by year, sector, outcome, month and region: an index holding
        // every column it reads, so that it never reads the referrals' rows (their content is long and encrypted).
        builder.HasIndex(x => new { x.ReceivedAtUtc, x.IsDeleted, x.Status, x.ReferrerSectorCode, x.CaseId, x.MunicipalityCode });
        builder.HasIndex(x => new { x.ReferrerSectorCode, x.ReceivedAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.MunicipalityCode, x.ReceivedAtUtc, x.IsDeleted });
        builder.HasIndex(x => x.AssigneeId);
        builder.HasIndex(x => x.LoggedBy);
        builder.HasIndex(x => x.SubmissionKey).IsUnique();
    }
}
