using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

// A count kept per month (KeptMonths): the report reads it by year and a recount deletes it by month range, so its
// key (or its index) begins with the year and the month.
internal sealed class DecisionWaitCountConfiguration : IEntityTypeConfiguration<DecisionWaitCount>
{
    public void Configure(EntityTypeBuilder<DecisionWaitCount> builder)
    {
        builder.ToTable("DecisionWaitCounts");
        builder.HasKey(x => new { x.Year, x.Month, x.Days });
    }
}
