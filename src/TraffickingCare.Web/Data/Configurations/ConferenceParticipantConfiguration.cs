using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ConferenceParticipantConfiguration : IEntityTypeConfiguration<ConferenceParticipant>
{
    public void Configure(EntityTypeBuilder<ConferenceParticipant> builder)
    {
        builder.ToTable("ConferenceParticipants");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Attendance).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.UserId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerContact>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.Restrict);

        // A person outside the directory: their name is personal data, and their institution (a kindergarten, a
        // local office) can tell where the person lives, as a referrer's organisation can: both encrypted. The role
        // ("guardian", "class teacher") stays readable.
        builder.Property(x => x.Name).IsEncrypted();
        builder.Property(x => x.Institution).IsEncrypted();
        builder.Property(x => x.Role).HasMaxLength(ConferenceParticipant.RoleMaxLength);
        builder.HasIndex(x => new { x.ConferenceId, x.IsDeleted });
        builder.HasIndex(x => new { x.UserId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
