using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PreliminaryChecklistConfiguration : IEntityTypeConfiguration<PreliminaryChecklist>
{
    public void Configure(EntityTypeBuilder<PreliminaryChecklist> builder)
    {
        builder.ToTable("PreliminaryChecklists");
        builder.Property(x => x.CompletedBy).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // One preliminary identification per case.
        builder.HasIndex(x => x.CaseId).IsUnique();
        builder.HasMany(x => x.Responses).WithOne().HasForeignKey(x => x.ChecklistId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Responses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
