using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ShelterFollowUpConfiguration : IEntityTypeConfiguration<ShelterFollowUp>
{
    public void Configure(EntityTypeBuilder<ShelterFollowUp> builder)
    {
        builder.ToTable("ShelterFollowUps");
        builder.Property(x => x.AssigneeId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);

        // What she told on the call is her story: encrypted like the progress notes.
        builder.Property(x => x.Note).IsEncrypted();
        builder.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);

        // The shelter file lists a placement's follow-ups; "Moj rad" lists an assignee's open ones by due date;
        // the statistics count those done in a period.
        builder.HasIndex(x => new { x.PlacementId, x.DueOn, x.IsDeleted });
        builder.HasIndex(x => new { x.AssigneeId, x.DoneOn, x.DueOn, x.IsDeleted });
        builder.HasIndex(x => new { x.DoneOn, x.IsDeleted });
    }
}
