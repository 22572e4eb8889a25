using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class IdentificationIndicatorConfiguration : IEntityTypeConfiguration<IdentificationIndicator>
{
    public void Configure(EntityTypeBuilder<IdentificationIndicator> builder)
    {
        builder.ToTable("IdentificationIndicators");
        builder.Property(x => x.Code).HasMaxLength(IdentificationIndicator.CodeMaxLength).IsRequired();
        builder.Property(x => x.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.LabelLatin).HasMaxLength(IdentificationIndicator.LabelMaxLength).IsRequired();
        builder.Property(x => x.LabelCyrillic).HasMaxLength(IdentificationIndicator.LabelMaxLength).IsRequired();
        builder.Property(x => x.LabelEnglish).HasMaxLength(IdentificationIndicator.LabelMaxLength).IsRequired();
        builder.HasIndex(x => new { x.Code, x.SetVersion }).IsUnique();
    }
}
