using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class LocalTeamConfiguration : IEntityTypeConfiguration<LocalTeam>
{
    public void Configure(EntityTypeBuilder<LocalTeam> builder)
    {
        builder.ToTable("LocalTeams");
        builder.Property(x => x.MunicipalityCode).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);

        // A professional's name: kept out of the audit values, as partners' contacts are.
        builder.Property(x => x.CoordinatorName).HasMaxLength(LocalTeam.CoordinatorNameMaxLength).IsSensitive();
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.CoordinatorPartnerId).OnDelete(DeleteBehavior.Restrict);
        foreach (var navigation in new[] { nameof(LocalTeam.Members), nameof(LocalTeam.Meetings), nameof(LocalTeam.Support) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Meetings).WithOne().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Support).WithOne().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);

        // One live team per municipality.
        builder.HasIndex(x => x.MunicipalityCode).IsUnique().HasFilter(LiveRows.IndexFilter);
    }
}
