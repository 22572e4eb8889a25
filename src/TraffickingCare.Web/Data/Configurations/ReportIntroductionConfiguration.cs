using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ReportIntroductionConfiguration : IEntityTypeConfiguration<ReportIntroduction>
{
    public void Configure(EntityTypeBuilder<ReportIntroduction> builder)
    {
        builder.ToTable("ReportIntroductions");
        builder.Property(x => x.Serbian).HasMaxLength(PublishedReport.IntroductionMaxLength);
        builder.Property(x => x.English).HasMaxLength(PublishedReport.IntroductionMaxLength);
        builder.HasIndex(x => x.Year).IsUnique();
    }
}
