using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> builder)
    {
        builder.ToTable("PublishedReports");
        builder.Property(x => x.RuleVersion).HasMaxLength(PublishedReport.RuleVersionMaxLength).IsRequired();
        builder.Property(x => x.PublishedBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.IntroductionSerbian).HasMaxLength(PublishedReport.IntroductionMaxLength);
        builder.Property(x => x.IntroductionEnglish).HasMaxLength(PublishedReport.IntroductionMaxLength);
        builder.HasMany(x => x.Cells).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Cells).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Two people publishing the same year at once compute the same next number: the database lets one through.
        builder.HasIndex(x => new { x.Year, x.Revision }).IsUnique();
    }
}
