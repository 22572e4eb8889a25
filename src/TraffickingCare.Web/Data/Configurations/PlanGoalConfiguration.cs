using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("PlanGoals");
        builder.Property(x => x.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Area).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);

        // What a goal and its activities say is about the person's life: encrypted like notes.
        builder.Property(x => x.Description).IsEncrypted();
        builder.Property(x => x.Activities).IsEncrypted();
        builder.Property(x => x.ResponsibleId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => new { x.PlacementId, x.Phase, x.IsDeleted });
    }
}
