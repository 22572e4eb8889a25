using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Features.Account.SetPassword;
using TraffickingCare.Web.Features.Account.TwoFactorSignIn;

namespace TraffickingCare.UnitTests.Features.Account;

public sealed class AccountFormValidatorTests
{
    [Theory]
    [InlineData("123456", true)]
    [InlineData("123 456", true)]
    [InlineData("123-456", true)]
    [InlineData("12345", false)]
    [InlineData("12345a", false)]
    [InlineData("١٢٣٤٥٦", false)]
    [InlineData(null, false)]
    public void An_authenticator_code_is_six_ascii_digits_with_optional_separator(string? code, bool valid)
    {
        var result = new LoginWithTwoFactorFormValidator(new KeyLocalizer()).Validate(new LoginWithTwoFactorForm { Code = code });

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void A_new_password_must_be_repeated_exactly()
    {
        var validator = new SetPasswordFormValidator(new KeyLocalizer());

        var result = validator.Validate(new SetPasswordForm { NewPassword = "Duga rečenica za lozinku", ConfirmPassword = "Duga recenica za lozinku" });

        Assert.Equal("Passwords.Errors.ConfirmMismatch", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Sign_in_needs_both_user_name_and_password()
    {
        var result = new LoginFormValidator(new KeyLocalizer()).Validate(new LoginForm());

        Assert.Equal(["Account.Login.UserNameRequired", "Account.Login.PasswordRequired"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_recovery_code_is_compared_in_upper_case_without_spaces()
    {
        Assert.Equal("AB12C-DE34F", new LoginWithRecoveryCodeForm { RecoveryCode = " ab12c-de34f " }.NormalisedCode);
    }
}
