using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class LocalTeamMeetingConfiguration : IEntityTypeConfiguration<LocalTeamMeeting>
{
    public void Configure(EntityTypeBuilder<LocalTeamMeeting> builder)
    {
        builder.ToTable("LocalTeamMeetings");
        builder.Property(x => x.Conclusions).HasMaxLength(LocalTeamMeeting.ConclusionsMaxLength);
        builder.HasIndex(x => new { x.TeamId, x.HeldOn, x.IsDeleted });
        builder.HasIndex(x => new { x.HeldOn, x.IsDeleted });
    }
}
