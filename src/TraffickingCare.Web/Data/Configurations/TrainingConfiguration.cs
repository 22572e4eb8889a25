using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("Trainings");
        builder.Property(x => x.Topic).HasMaxLength(Training.TopicMaxLength).IsRequired();
        builder.Property(x => x.Organiser).HasMaxLength(Training.OrganiserMaxLength).IsRequired();
        builder.Property(x => x.AccreditationNumber).HasMaxLength(Training.AccreditationNumberMaxLength);
        builder.Property(x => x.MunicipalityCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Ignore(x => x.Participants);
        builder.HasMany(x => x.Sectors).WithOne().HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Sectors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Trainers).WithOne().HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Trainers).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The list and the figures read a period, optionally one municipality.
        builder.HasIndex(x => new { x.HeldOn, x.IsDeleted });
        builder.HasIndex(x => new { x.MunicipalityCode, x.HeldOn, x.IsDeleted });
    }
}
