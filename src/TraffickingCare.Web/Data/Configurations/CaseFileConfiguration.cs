using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    private const int CodeMaxLength = TraffickingCare.Domain.CodeLists.CodeListItem.CodeMaxLength;

    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.ToTable("Cases");
        builder.Property(x => x.Code).HasMaxLength(CaseCode.MaxLength).IsRequired();
        builder.HasIndex(x => x.Code).IsUnique();

        // The database, not the application, guarantees that two people opening cases at the same
        // moment never get the same number.
        builder.HasIndex(x => new { x.CodeYear, x.CodeSequence }).IsUnique();

        // The case list filtered by a year of codes ("CZZ-2024") shows the year's newest first: read in that order from
        // the index, its page stops after 25 cases instead of sorting the year (200,871 cases, 0.2 s at the seeded
        // million). Live cases only, as the list shows them.
        builder.HasIndex(x => new { x.CodeYear, x.OpenedAtUtc }).HasFilter(LiveRows.IndexFilter).HasDatabaseName("IX_Cases_CodeYear_OpenedAtUtc_Live");

        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.StatusBeforeClosure).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.LeadCaseworkerId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.ClosureReasonCode).HasMaxLength(CodeMaxLength);
        builder.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TraffickingCare.Domain.People.PersonIdentity>().WithMany().HasForeignKey(x => x.PersonIdentityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Team).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Team).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.CodeListValues).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.CodeListValues).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The non-identifying profile and the exploitation record are plain columns of the case, named
        // for the annual report's GROUP BY; several-valued fields are rows of CaseCodeListValues.
        builder.ComplexProperty(x => x.Profile, profile =>
        {
            profile.Property(p => p.SexCode).HasColumnName("SexCode").HasMaxLength(CodeMaxLength);
            profile.Property(p => p.AgeAtExploitation).HasColumnName("AgeAtExploitation");
            profile.Property(p => p.CitizenshipCode).HasColumnName("CitizenshipCode").HasMaxLength(CodeMaxLength);
            profile.Property(p => p.EducationCode).HasColumnName("EducationCode").HasMaxLength(CodeMaxLength);
            profile.Property(p => p.MaritalStatusCode).HasColumnName("MaritalStatusCode").HasMaxLength(CodeMaxLength);
            profile.Property(p => p.ResidenceMunicipalityCode).HasColumnName("ResidenceMunicipalityCode").HasMaxLength(CodeMaxLength);
        });
        builder.ComplexProperty(x => x.Exploitation, exploitation =>
        {
            exploitation.Property(e => e.IsTransnational).HasColumnName("IsTransnational");
            exploitation.Property(e => e.MunicipalityCode).HasColumnName("ExploitationMunicipalityCode").HasMaxLength(CodeMaxLength);
            exploitation.Property(e => e.From).HasColumnName("ExploitationFrom");
            exploitation.Property(e => e.To).HasColumnName("ExploitationTo");
            exploitation.Property(e => e.RecruitmentMethodCode).HasColumnName("RecruitmentMethodCode").HasMaxLength(CodeMaxLength);
            exploitation.Property(e => e.RelationshipToTraffickerCode).HasColumnName("RelationshipToTraffickerCode").HasMaxLength(CodeMaxLength);
        });
        // The case list counts and pages live cases newest first. IsDeleted is in every query (soft
        // delete): it goes last, so the index serves the order and the count reads only the index.
        builder.HasIndex(x => new { x.OpenedAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.Status, x.OpenedAtUtc, x.IsDeleted });
        builder.HasIndex(x => x.LeadCaseworkerId);

        // "Follow-up due" and "decision overdue" are range seeks within a status, not scans of the caseload.
        builder.HasIndex(x => new { x.Status, x.FollowUpOn, x.IsDeleted });
        builder.HasIndex(x => new { x.Status, x.ProcedureStartedAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.Status, x.FormalIdentificationStartedAtUtc, x.IsDeleted });

        // The annual report finds a year's identified and decided cases by these days, and a person's other cases
        // identified in the same year (counted once) by the person and the day. The two indexes over the identified
        // hold every column the report's choice of persons reads, so that choice never reads the cases' rows.
        builder.HasIndex(x => new { x.IdentifiedOn, x.IsDeleted, x.Status, x.StatusBeforeClosure, x.PersonIdentityId, x.Code, x.Id });
        builder.HasIndex(x => new { x.PersonIdentityId, x.IdentifiedOn, x.IsDeleted, x.Status, x.StatusBeforeClosure, x.Code });
        // The days to a decision read the referral's arrival from the case: in the index, so that no case row is read.
        builder.HasIndex(x => new { x.FirstDecidedOn, x.IsDeleted, x.ReferralId, x.ProcedureStartedAtUtc });

        // The report's referrals take their outcome from their case's status: found in an index, not in the case's row.
        builder.HasIndex(x => new { x.Id, x.IsDeleted, x.Status, x.StatusBeforeClosure });

        // The caseload by status on the coordinator's and management's homes counts every live case the user may see,
        // and the access rule reads whether a case is restricted: with the flag beside the status, the count reads no
        // case row (3.4 s at a million cases). Live cases only, so that no query filtered by a status prefers it to the
        // indexes above, whose second column is the range that query seeks. The case's key is not in it: SQLite took
        // the wider index for every count of the live cases (the case list's count 7–17 ms → 50–65 at the seeded
        // million); management's count needs the key only on a day with a reason recorded (CaseAccess.Unrestricted).
        builder.HasIndex(x => new { x.Status, x.IsRestricted }).HasFilter(LiveRows.IndexFilter).HasDatabaseName("IX_Cases_Status_IsRestricted_Live");
    }
}
