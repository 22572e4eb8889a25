using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ConferenceAddendumConfiguration : IEntityTypeConfiguration<ConferenceAddendum>
{
    public void Configure(EntityTypeBuilder<ConferenceAddendum> builder)
    {
        builder.ToTable("ConferenceAddenda");
        builder.Property(x => x.Text).IsEncrypted().IsRequired();
        builder.Property(x => x.AuthorId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasIndex(x => new { x.ConferenceId, x.IsDeleted });
    }
}
