using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");

        // Notes describe the person's life in their own words: encrypted like names.
        builder.Property(x => x.Text).IsEncrypted();
        builder.Property(x => x.AuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasOne<CaseNote>().WithMany().HasForeignKey(x => x.AmendsNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.CaseId, x.WrittenAtUtc });
    }
}
