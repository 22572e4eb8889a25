using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseServiceConfiguration : IEntityTypeConfiguration<CaseService>
{
    public void Configure(EntityTypeBuilder<CaseService> builder)
    {
        builder.ToTable("CaseServices");
        builder.Property(x => x.TypeCode).HasMaxLength(CaseService.TypeCodeMaxLength).IsRequired();
        builder.Property(x => x.GivenByUserId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Property(x => x.AuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();

        // What was said or done in a session is the person's story: encrypted like notes.
        builder.Property(x => x.Note).IsEncrypted();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.GivenByPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseService>().WithMany().HasForeignKey(x => x.AmendsServiceId).OnDelete(DeleteBehavior.Restrict);

        // The case's list (newest first, filtered by type).
        builder.HasIndex(x => new { x.CaseId, x.On, x.IsDeleted });

        // Whether a service is amended (the report's extract and figures, the tallies' recount): covering.
        builder.HasIndex(x => new { x.AmendsServiceId, x.IsDeleted });
        builder.HasIndex(x => new { x.GivenByPartnerId, x.IsDeleted });
    }
}
