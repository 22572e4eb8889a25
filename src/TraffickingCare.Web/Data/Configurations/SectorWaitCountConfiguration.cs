using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

// A count kept per month (KeptMonths): the sector table reads it by year and a recount deletes it by month range, so
// its key begins with the year and the month.
internal sealed class SectorWaitCountConfiguration : IEntityTypeConfiguration<SectorWaitCount>
{
    public void Configure(EntityTypeBuilder<SectorWaitCount> builder)
    {
        builder.ToTable("SectorWaitCounts");
        builder.HasKey(x => new { x.Year, x.Month, x.Sector, x.Days });
        builder.Property(x => x.Sector).HasMaxLength(CodeListItem.CodeMaxLength);
    }
}
