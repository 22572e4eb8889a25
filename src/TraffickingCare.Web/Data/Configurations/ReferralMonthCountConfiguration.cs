using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

// A count kept per month (KeptMonths): the report reads it by year and a recount deletes it by month range, so its
// key (or its index) begins with the year and the month.
internal sealed class ReferralMonthCountConfiguration : IEntityTypeConfiguration<ReferralMonthCount>
{
    public void Configure(EntityTypeBuilder<ReferralMonthCount> builder)
    {
        builder.ToTable("ReferralMonthCounts");
        builder.HasKey(x => new { x.Year, x.Month, x.Sector, x.Region, x.Outcome, x.Opened });
        builder.Property(x => x.Sector).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.Property(x => x.Region).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.Property(x => x.Outcome).HasMaxLength(32);
    }
}
