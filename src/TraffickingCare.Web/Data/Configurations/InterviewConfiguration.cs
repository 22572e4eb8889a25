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

        // Where the person was heard and who was in the room (an interpreter of a small language
        // community, a police officer) can lead to them: encrypted, so with no length limit (the
        // ciphertext is several times the plaintext; the limits live on the entity and its form).
        builder.Property(x => x.Interviewers).IsRequired().IsEncrypted();
        builder.Property(x => x.Interpreter).IsEncrypted();
        builder.Property(x => x.Place).IsRequired().IsEncrypted();
        builder.Property(x => x.Summary).IsEncrypted();
        builder.HasIndex(x => new { x.CaseId, x.HeldOn });
    }
}
