using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class PersonIdentityConfiguration : IEntityTypeConfiguration<PersonIdentity>
{
    // Encrypted columns have no length limit: the ciphertext is several times the plaintext.
    // The plaintext limits live on the entity and its forms.
    public void Configure(EntityTypeBuilder<PersonIdentity> builder)
    {
        builder.ToTable("PersonIdentities");
        builder.Property(x => x.FirstName).IsEncrypted();
        builder.Property(x => x.LastName).IsEncrypted();
        builder.Property(x => x.Alias).IsEncrypted();
        builder.Property(x => x.DateOfBirth).IsEncrypted();
        builder.Property(x => x.PersonalIdNumber).IsEncrypted();
        builder.Property(x => x.Phone).IsEncrypted();
        builder.Property(x => x.Address).IsEncrypted();
        builder.Property(x => x.Documents).IsEncrypted();
    }
}
