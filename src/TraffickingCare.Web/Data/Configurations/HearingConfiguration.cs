using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("Hearings");
        builder.HasOne<Proceeding>().WithMany().HasForeignKey(x => x.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.EscortPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.EscortUserId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Property(x => x.Outcome).IsEncrypted();

        // The calendar of hearings and "my work" read by time; a proceeding's page by proceeding.
        builder.HasIndex(x => new { x.StartsAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.ProceedingId, x.StartsAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.CaseId, x.StartsAtUtc, x.IsDeleted });
    }
}
