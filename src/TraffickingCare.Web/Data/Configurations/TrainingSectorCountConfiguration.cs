using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class TrainingSectorCountConfiguration : IEntityTypeConfiguration<TrainingSectorCount>
{
    public void Configure(EntityTypeBuilder<TrainingSectorCount> builder)
    {
        builder.ToTable("TrainingSectorCounts");
        builder.Property(x => x.SectorCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.HasIndex(x => new { x.TrainingId, x.SectorCode }).IsUnique();
        builder.HasIndex(x => new { x.SectorCode, x.IsDeleted });
    }
}
