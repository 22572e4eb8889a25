using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class FindingsAndOpinionConfiguration : IEntityTypeConfiguration<FindingsAndOpinion>
{
    public void Configure(EntityTypeBuilder<FindingsAndOpinion> builder)
    {
        builder.ToTable("FindingsAndOpinions");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FindingsAndOpinion>().WithMany().HasForeignKey(x => x.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.FirstAuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.SecondAuthorId).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.Property(x => x.ApprovedBy).HasMaxLength(EntityConventions.UserIdMaxLength);

        // The sections tell the person's story: encrypted like their name.
        builder.Property(x => x.Basis).IsEncrypted();
        builder.Property(x => x.Sources).IsEncrypted();
        builder.Property(x => x.EstablishedFacts).IsEncrypted();
        builder.Property(x => x.IndicatorAnalysis).IsEncrypted();
        builder.Property(x => x.Opinion).IsEncrypted();

        // The coordinator's reason for returning it may retell the story too.
        builder.Property(x => x.ReturnReason).IsEncrypted();
        builder.Ignore(x => x.Sections);

        builder.HasIndex(x => new { x.CaseId, x.Revision }).IsUnique();

        // The decision register lists final decisions by date.
        builder.HasIndex(x => new { x.Status, x.DecidedOn });
        builder.HasMany(x => x.ExploitationForms).WithOne().HasForeignKey(x => x.FindingsId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.ExploitationForms).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Editors).WithOne().HasForeignKey(x => x.FindingsId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Editors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
