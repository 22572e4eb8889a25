using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Features.Users;

namespace TraffickingCare.UnitTests.Features.Users;

public sealed class CreateUserEmailTests
{
    [Theory]
    [InlineData("ana.anic@centar.test", true)]
    [InlineData(" ana.anic@centar.test ", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("ana.anic", false)]
    [InlineData("Ana <ana@centar.test>", false)]
    [InlineData("ana@centar.test, admin@napadac.test", false)]
    [InlineData("ana@", false)]
    public void A_new_account_needs_exactly_one_plain_address(string? email, bool valid)
    {
        var result = new CreateUserFormValidator(new KeyLocalizer()).Validate(new CreateUserForm
        {
            UserName = "ana.anic",
            DisplayName = "Ana Anić",
            Email = email,
            Role = "Caseworker",
        });

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("jelena.p@centar.test", "j***@centar.test")]
    [InlineData("x@y.test", "x***@y.test")]
    [InlineData("not-an-address", "***")]
    public void The_address_a_link_went_to_is_shown_masked(string email, string shown)
    {
        Assert.Equal(shown, EmailMask.Mask(email));
    }
}
