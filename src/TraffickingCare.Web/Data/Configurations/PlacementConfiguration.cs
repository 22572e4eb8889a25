using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    /// <summary>The filter of the indexes over what is true now (a bed's occupant, a person's current stay): same text on both providers.</summary>
    public const string OpenRows = "ExitedAtUtc IS NULL";

    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.Property(x => x.ReferredBy).IsEncrypted();
        builder.Property(x => x.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.ExitDestination).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.ExitReason).IsEncrypted();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bed>().WithMany().HasForeignKey(x => x.BedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Occupancies).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Absences).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Occupancies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Absences).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The individual plan (Placement.Plan.cs): goals, progress notes and phase changes hang off the placement.
        builder.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.PhaseChanges).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Goals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.PhaseChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(x => x.PendingPhaseChange);

        // A person is in the shelter once at a time: a second admission of the same case is refused by the database.
        builder.HasIndex(x => x.CaseId).IsUnique().HasFilter(OpenRows).HasDatabaseName("IX_Placements_CaseId_Current");

        // The case panel lists a case's placements; statistics read admissions and exits by date.
        builder.HasIndex(x => new { x.CaseId, x.AdmittedAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.AdmittedOn, x.IsDeleted });
        builder.HasIndex(x => new { x.ExitedOn, x.IsDeleted });
    }
}
