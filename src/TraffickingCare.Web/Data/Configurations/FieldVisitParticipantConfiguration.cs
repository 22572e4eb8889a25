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
        builder.HasIndex(x => new { x.FieldVisitId, x.IsDeleted });
        builder.HasIndex(x => new { x.PartnerId, x.IsDeleted });
    }
}
