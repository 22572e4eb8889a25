using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data.PersonSearch;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PersonSearchTokenConfiguration : IEntityTypeConfiguration<PersonSearchToken>
{
    public void Configure(EntityTypeBuilder<PersonSearchToken> builder)
    {
        builder.ToTable("PersonSearchTokens");
        builder.HasKey(x => new { x.PersonIdentityId, x.Kind, x.Token });
        builder.Property(x => x.Token).HasMaxLength(24).IsUnicode(false).IsRequired();
        builder.HasOne<PersonIdentity>().WithMany().HasForeignKey(x => x.PersonIdentityId).OnDelete(DeleteBehavior.Cascade);

        // A search looks tokens up, then groups by person: the token leads.
        builder.HasIndex(x => new { x.Token, x.PersonIdentityId });
    }
}
