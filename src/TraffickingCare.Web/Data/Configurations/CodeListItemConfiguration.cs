using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class CodeListItemConfiguration : IEntityTypeConfiguration<CodeListItem>
{
    public void Configure(EntityTypeBuilder<CodeListItem> builder)
    {
        builder.ToTable("CodeListItems");
        builder.Property(x => x.List).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Property(x => x.Code).HasMaxLength(CodeListItem.CodeMaxLength).IsRequired();
        builder.Property(x => x.LabelLatin).HasMaxLength(CodeListItem.LabelMaxLength).IsRequired();
        builder.Property(x => x.LabelCyrillic).HasMaxLength(CodeListItem.LabelMaxLength).IsRequired();
        builder.Property(x => x.LabelEnglish).HasMaxLength(CodeListItem.LabelMaxLength).IsRequired();
        builder.HasIndex(x => new { x.List, x.Code }).IsUnique();
    }
}
