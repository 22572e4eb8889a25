using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class ConferenceAgendaItemConfiguration : IEntityTypeConfiguration<ConferenceAgendaItem>
{
    public void Configure(EntityTypeBuilder<ConferenceAgendaItem> builder)
    {
        builder.ToTable("ConferenceAgendaItems");
        builder.Property(x => x.Title).IsEncrypted().IsRequired();
        builder.Property(x => x.Notes).IsEncrypted();
        builder.HasIndex(x => new { x.ConferenceId, x.IsDeleted });
    }
}
