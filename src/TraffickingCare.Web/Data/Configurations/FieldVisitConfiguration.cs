using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class FieldVisitConfiguration : IEntityTypeConfiguration<FieldVisit>
{
    public void Configure(EntityTypeBuilder<FieldVisit> builder)
    {
        builder.ToTable("FieldVisits");
        builder.Property(x => x.Place).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.PurposeCode).HasMaxLength(FieldVisit.PurposeCodeMaxLength).IsRequired();
        builder.Property(x => x.AuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();

        // What the team found and plans in the person's life: encrypted. The date of the next step stays plain for "Moj rad".
        builder.Property(x => x.Outcome).IsEncrypted();
        builder.Property(x => x.NextStep).IsEncrypted();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FieldVisit>().WithMany().HasForeignKey(x => x.AmendsVisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.FieldVisitId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => new { x.CaseId, x.On, x.IsDeleted });
        builder.HasIndex(x => new { x.NextStepOn, x.IsDeleted });

        // The amended visits, read once by the report (few): covering, so they are not looked up row by row.
        builder.HasIndex(x => new { x.AmendsVisitId, x.IsDeleted });
    }
}
