using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.ToTable("WorkTasks");

        // A title may say what is going on in a person's life ("arrange the court escort"): encrypted like notes,
        // so with no length limit in the column (the limit lives on the entity and its form).
        builder.Property(x => x.Title).IsEncrypted();
        builder.Property(x => x.AssigneeId).HasMaxLength(EntityConventions.UserIdMaxLength).IsRequired();
        builder.Property(x => x.DoneBy).HasMaxLength(EntityConventions.UserIdMaxLength);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);

        // "Moj rad" asks for one person's open tasks by due date; the case page for one case's tasks.
        builder.HasIndex(x => new { x.AssigneeId, x.DoneAtUtc, x.DueOn, x.IsDeleted });
        builder.HasIndex(x => new { x.CaseId, x.DueOn, x.IsDeleted });
    }
}
