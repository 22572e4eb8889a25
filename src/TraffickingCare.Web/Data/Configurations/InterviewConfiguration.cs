using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("Interviews");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Interviewers).HasMaxLength(Interview.InterviewersMaxLength).IsRequired();
        builder.Property(x => x.Interpreter).HasMaxLength(Interview.InterpreterMaxLength);
        builder.Property(x => x.Place).HasMaxLength(Interview.PlaceMaxLength).IsRequired();
        builder.Property(x => x.Summary).IsEncrypted();
        builder.HasIndex(x => new { x.CaseId, x.HeldOn });
    }
}
