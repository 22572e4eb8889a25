using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PhaseChangeConfiguration : IEntityTypeConfiguration<PhaseChange>
{
    public void Configure(EntityTypeBuilder<PhaseChange> builder)
    {
        builder.ToTable("PhaseChanges");
        builder.Property(x => x.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Review).IsEncrypted();
        builder.Property(x => x.SkipReason).IsEncrypted();
        builder.Property(x => x.ReturnReason).IsEncrypted();
        builder.Property(x => x.ProposedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.DecidedBy).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Ignore(x => x.IsPending);

        // The history of a placement, and the proposals waiting for a coordinator (board and home page).
        builder.HasIndex(x => new { x.PlacementId, x.ProposedAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.Status, x.IsDeleted });
    }
}
