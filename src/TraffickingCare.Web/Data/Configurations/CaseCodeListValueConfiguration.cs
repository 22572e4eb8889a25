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
        // live ones are unique. The same filtered index serves the case's lookups (CaseId first): its
        // filter is the text of the soft-delete filter, so both providers can use it.
        builder.HasIndex(x => new { x.CaseId, x.Field, x.Code }).IsUnique().HasFilter(LiveRows.IndexFilter);

        // The annual report: cases per code of one field ("forms of exploitation", "countries"), joined
        // to the case for its year and status. The index answers it alone.
        builder.HasIndex(x => new { x.Field, x.Code, x.CaseId, x.IsDeleted });

        // The annual report again, from the case's side: a case's values of one field. SQLite does not count the
        // filtered unique index above as covering (IsDeleted is only in its filter), so without this one it read every
        // value of the field for each case, which grew with the square of the caseload (docs/performance.md).
        builder.HasIndex(x => new { x.CaseId, x.Field, x.Code, x.IsDeleted }).HasDatabaseName("IX_CaseCodeListValues_CaseId_Field_Code_IsDeleted");
    }
}
