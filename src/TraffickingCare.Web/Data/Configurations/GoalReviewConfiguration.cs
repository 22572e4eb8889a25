using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class GoalReviewConfiguration : IEntityTypeConfiguration<GoalReview>
{
    public void Configure(EntityTypeBuilder<GoalReview> builder)
    {
        builder.ToTable("GoalReviews");
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Comment).IsEncrypted();
        builder.Property(x => x.ReviewerId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasIndex(x => new { x.GoalId, x.ReviewedAtUtc, x.IsDeleted });
    }
}
