using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Users;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.UnitTests.Features.Users;

public sealed class CreateUserFormValidatorTests
{
    private readonly CreateUserFormValidator _validator = new(new KeyLocalizer());

    [Fact]
    public void A_complete_form_with_a_known_role_is_valid()
    {
        var result = _validator.Validate(new CreateUserForm { UserName = "ana.j", DisplayName = "Ana Jovanović", Email = "ana@centar.test", Role = Roles.ShelterStaff });

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("ana j", "Identity.Errors.InvalidUserName")]
    [InlineData("", "Users.Errors.UserNameRequired")]
    [InlineData("ана", "Identity.Errors.InvalidUserName")]
    public void A_user_name_outside_letters_digits_dot_dash_and_underscore_is_refused(string userName, string expected)
    {
        var result = _validator.Validate(new CreateUserForm { UserName = userName, DisplayName = "Ana", Email = "ana@centar.test", Role = Roles.Caseworker });

        Assert.Equal(expected, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Superuser")]
    [InlineData("administrator")]
    public void Only_one_of_the_defined_roles_can_be_chosen(string? role)
    {
        var result = _validator.Validate(new CreateUserForm { UserName = "ana", DisplayName = "Ana", Email = "ana@centar.test", Role = role });

        Assert.Equal("Users.Errors.RoleRequired", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void A_display_name_longer_than_the_column_is_refused()
    {
        var result = _validator.Validate(new CreateUserForm { UserName = "ana", DisplayName = new string('a', AppUser.DisplayNameMaxLength + 1), Email = "ana@centar.test", Role = Roles.Caseworker });

        Assert.Equal("Users.Errors.DisplayNameTooLong", Assert.Single(result.Errors).ErrorMessage);
    }
}
