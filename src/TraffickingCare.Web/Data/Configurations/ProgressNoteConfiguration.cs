using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> builder)
    {
        builder.ToTable("ProgressNotes");

        // Notes describe the person's life in her own words: encrypted like names.
        builder.Property(x => x.Text).IsEncrypted();
        builder.Property(x => x.AuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasOne<ProgressNote>().WithMany().HasForeignKey(x => x.AmendsNoteId).OnDelete(DeleteBehavior.Restrict);

        // The shelter file pages the notes newest first.
        builder.HasIndex(x => new { x.PlacementId, x.WrittenAtUtc, x.IsDeleted });
    }
}
