using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class FindingsEditorConfiguration : IEntityTypeConfiguration<FindingsEditor>
{
    public void Configure(EntityTypeBuilder<FindingsEditor> builder)
    {
        builder.ToTable("FindingsEditors");
        builder.HasKey(x => new { x.FindingsId, x.UserId });
        builder.Property(x => x.UserId).HasMaxLength(EntityConventions.UserIdMaxLength);
    }
}
