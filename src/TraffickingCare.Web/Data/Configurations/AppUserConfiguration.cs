using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(x => x.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();

        // Identity saves the whole user row (Update marks every column): a copy loaded before a code
        // was accepted must not write back an older step and so let that code in again.
        builder.Property(x => x.LastAuthenticatorStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
