using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ConferenceActionItemConfiguration : IEntityTypeConfiguration<ConferenceActionItem>
{
    public void Configure(EntityTypeBuilder<ConferenceActionItem> builder)
    {
        builder.ToTable("ConferenceActionItems");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Description).IsEncrypted().IsRequired();
        builder.Property(x => x.OwnerExternal).IsEncrypted();
        builder.Property(x => x.OwnerUserId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);

        // "Moj rad" reads an owner's open items by due day; the coordinator's overdue ones by status and day; the next
        // conference a case's open items.
        builder.HasIndex(x => new { x.OwnerUserId, x.Status, x.DueOn, x.IsDeleted });
        builder.HasIndex(x => new { x.Status, x.DueOn, x.IsDeleted });
        builder.HasIndex(x => new { x.CaseId, x.Status, x.IsDeleted });
        builder.HasIndex(x => new { x.ConferenceId, x.IsDeleted });
    }
}
