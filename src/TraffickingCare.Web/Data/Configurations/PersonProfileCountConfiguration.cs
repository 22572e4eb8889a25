using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

// A count kept per month (KeptMonths): the report reads it by year and a recount deletes it by month range, so its
// key (or its index) begins with the year and the month.
internal sealed class PersonProfileCountConfiguration : IEntityTypeConfiguration<PersonProfileCount>
{
    public void Configure(EntityTypeBuilder<PersonProfileCount> builder)
    {
        builder.ToTable("PersonProfileCounts");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Sex).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.HasIndex(x => new { x.Year, x.Month });
    }
}
