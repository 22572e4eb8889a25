using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class IndicatorResponseConfiguration : IEntityTypeConfiguration<IndicatorResponse>
{
    public void Configure(EntityTypeBuilder<IndicatorResponse> builder)
    {
        builder.ToTable("IndicatorResponses");
        builder.Property(x => x.IndicatorCode).HasMaxLength(IdentificationIndicator.CodeMaxLength).IsRequired();
        builder.Property(x => x.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Answer).HasConversion<string>().HasMaxLength(10);

        // Where an answer came from is often a person ("her sister", "the landlord in X"): encrypted like the note.
        builder.Property(x => x.Source).IsEncrypted();
        builder.Property(x => x.Note).IsEncrypted();
        builder.HasIndex(x => new { x.ChecklistId, x.IndicatorCode }).IsUnique();
    }
}
