using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ServiceTallyConfiguration : IEntityTypeConfiguration<ServiceTally>
{
    public void Configure(EntityTypeBuilder<ServiceTally> builder)
    {
        builder.ToTable("ServiceTallies");
        builder.HasKey(x => new { x.CaseId, x.TypeCode, x.Year });
        builder.Property(x => x.TypeCode).HasMaxLength(CaseService.TypeCodeMaxLength).IsRequired();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // The annual report reads five years by type (ServiceFiguresQuery): a range over the year, grouped by type
        // in index order, with the count in the index so no row is looked up.
        builder.HasIndex(x => new { x.Year, x.TypeCode, x.Services });
    }
}
