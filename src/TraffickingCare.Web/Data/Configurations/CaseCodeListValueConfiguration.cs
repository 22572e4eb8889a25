using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseCodeListValueConfiguration : IEntityTypeConfiguration<CaseCodeListValue>
{
    public void Configure(EntityTypeBuilder<CaseCodeListValue> builder)
    {
        builder.ToTable("CaseCodeListValues");
        builder.Property(x => x.Field).HasMaxLength(CaseCodeListValue.MaxLength).IsRequired();
        builder.Property(x => x.Code).HasMaxLength(CaseCodeListValue.MaxLength).IsRequired();

        // A case holds a code once per field. Removed values stay as soft-deleted rows, so only the
        // live ones are unique (a filtered index; this predicate reads the same in SQLite and SQL Server).
        builder.HasIndex(x => new { x.CaseId, x.Field, x.Code }).IsUnique().HasFilter("IsDeleted = 0");

        // The annual report: cases per code of one field ("forms of exploitation", "countries"), joined
        // to the case for its year and status. The index answers it alone.
        builder.HasIndex(x => new { x.Field, x.Code, x.CaseId, x.IsDeleted });
    }
}
