using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class LocalTeamSupportConfiguration : IEntityTypeConfiguration<LocalTeamSupport>
{
    public void Configure(EntityTypeBuilder<LocalTeamSupport> builder)
    {
        builder.ToTable("LocalTeamSupport");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Note).HasMaxLength(LocalTeamSupport.NoteMaxLength);
        builder.Property(x => x.GivenBy).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.HasIndex(x => new { x.TeamId, x.GivenOn, x.IsDeleted });
    }
}
