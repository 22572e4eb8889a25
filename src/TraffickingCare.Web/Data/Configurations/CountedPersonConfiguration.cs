using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CountedPersonConfiguration : IEntityTypeConfiguration<CountedPerson>
{
    public void Configure(EntityTypeBuilder<CountedPerson> builder)
    {
        builder.ToTable("CountedPersons");
        builder.HasKey(x => x.CaseId);
        builder.Property(x => x.CaseId).ValueGeneratedNever();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // The kept counts read a range of months of persons (PersonMonths): a range over the year and month with the case in the
        // index, so the cases are then reached by their key.
        builder.HasIndex(x => new { x.Year, x.Month, x.CaseId });
    }
}
