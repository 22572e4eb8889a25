using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PublishedCellConfiguration : IEntityTypeConfiguration<PublishedCell>
{
    public void Configure(EntityTypeBuilder<PublishedCell> builder)
    {
        builder.ToTable("PublishedCells");
        builder.HasKey(x => new { x.ReportId, x.Table, x.Row, x.Year });
        builder.Property(x => x.Table).HasMaxLength(PublishedCell.KeyMaxLength).IsRequired();
        builder.Property(x => x.Row).HasMaxLength(PublishedCell.KeyMaxLength).IsRequired();
        builder.Property(x => x.Shown).HasMaxLength(PublishedCell.ShownMaxLength);
    }
}
