using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class VisitTallyConfiguration : IEntityTypeConfiguration<VisitTally>
{
    public void Configure(EntityTypeBuilder<VisitTally> builder)
    {
        builder.ToTable("VisitTallies");
        builder.HasKey(x => new { x.CaseId, x.Year });
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // The annual report reads five years (WorkFiguresQuery): a range over the year, grouped by year in index order,
        // with the count in the index so no row is looked up.
        builder.HasIndex(x => new { x.Year, x.Visits });
    }
}
