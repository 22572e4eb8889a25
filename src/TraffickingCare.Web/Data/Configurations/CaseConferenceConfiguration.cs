using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CaseConferenceConfiguration : IEntityTypeConfiguration<CaseConference>
{
    public void Configure(EntityTypeBuilder<CaseConference> builder)
    {
        builder.ToTable("CaseConferences");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(x => x.PlacePartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Place).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ChairId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.ClosedBy).HasMaxLength(EntityConventions.UserIdMaxLength);

        // What was said about a person's life: encrypted. Dates, place and status stay plain for the lists and the report.
        builder.Property(x => x.Conclusions).IsEncrypted();
        builder.Property(x => x.Decisions).IsEncrypted();
        foreach (var parts in new[] { nameof(CaseConference.Participants), nameof(CaseConference.Agenda), nameof(CaseConference.ActionItems), nameof(CaseConference.Addenda) })
        {
            builder.Navigation(parts).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Agenda).WithOne().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.ActionItems).WithOne().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Addenda).WithOne().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);

        // The case page lists a case's conferences; /Conferences reads a week or a month of them by time.
        builder.HasIndex(x => new { x.CaseId, x.StartsAtUtc, x.IsDeleted });
        builder.HasIndex(x => new { x.StartsAtUtc, x.IsDeleted });
    }
}
