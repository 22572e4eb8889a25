using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

// A count kept per month (KeptMonths): the report reads it by year and a recount deletes it by month range, so its
// key (or its index) begins with the year and the month.
internal sealed class PersonCodeCountConfiguration : IEntityTypeConfiguration<PersonCodeCount>
{
    public void Configure(EntityTypeBuilder<PersonCodeCount> builder)
    {
        builder.ToTable("PersonCodeCounts");
        builder.HasKey(x => new { x.Year, x.Month, x.Kind, x.Code });
        builder.Property(x => x.Kind).HasMaxLength(PersonCodeKinds.MaxLength);
        builder.Property(x => x.Code).HasMaxLength(CodeListItem.CodeMaxLength);
    }
}
