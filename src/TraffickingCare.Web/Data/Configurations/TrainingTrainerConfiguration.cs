using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class TrainingTrainerConfiguration : IEntityTypeConfiguration<TrainingTrainer>
{
    public void Configure(EntityTypeBuilder<TrainingTrainer> builder)
    {
        builder.ToTable("TrainingTrainers");
        builder.Property(x => x.StaffUserId).HasMaxLength(EntityConventions.UserIdMaxLength);

        // Professionals, not victims, but people: kept out of the audit values, as partners' contacts are.
        builder.Property(x => x.ExternalName).HasMaxLength(TrainingTrainer.NameMaxLength).IsSensitive();
        builder.Property(x => x.ExternalInstitution).HasMaxLength(TrainingTrainer.InstitutionMaxLength);
        builder.HasIndex(x => new { x.TrainingId, x.IsDeleted });
    }
}
