using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class FieldVisitParticipantConfiguration : IEntityTypeConfiguration<FieldVisitParticipant>
{
    public void Configure(EntityTypeBuilder<FieldVisitParticipant> builder)
    {
        builder.ToTable("FieldVisitParticipants");
        builder.Property(x => x.UserId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // The partner in the key too: "was this partner at one of the case's recent visits" (a network contact's last
        // date, Moj rad's stale contacts) then searches each visit's participants by (visit, partner); with the visit
        // alone SQLite preferred the partner's index and read every visit that partner ever attended.
        builder.HasIndex(x => new { x.FieldVisitId, x.PartnerId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
