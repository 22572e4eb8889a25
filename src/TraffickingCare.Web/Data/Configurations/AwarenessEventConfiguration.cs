using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class AwarenessEventConfiguration : IEntityTypeConfiguration<AwarenessEvent>
{
    public void Configure(EntityTypeBuilder<AwarenessEvent> builder)
    {
        builder.ToTable("AwarenessEvents");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Title).HasMaxLength(AwarenessEvent.TitleMaxLength).IsRequired();
        builder.Property(x => x.Audience).HasMaxLength(AwarenessEvent.AudienceMaxLength);
        builder.Property(x => x.MunicipalityCode).HasMaxLength(CodeListItem.CodeMaxLength);
        builder.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => new { x.HeldOn, x.IsDeleted });
    }
}
