using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.UnitTests.Identity;

public sealed class PasswordPolicyValidatorTests
{
    private static readonly PasswordPolicyValidator Validator = new(
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    private static readonly AppUser User = new() { UserName = "jovana.test" };

    private static async Task<string?> FirstErrorAsync(string password)
    {
        var result = await Validator.ValidateAsync(null!, User, password);
        return result.Succeeded ? null : result.Errors.First().Code;
    }

    [Theory]
    [InlineData("plava kuća na kraju ulice")]
    [InlineData("Tri-Mačke-Spavaju-Na-Suncu")]
    [InlineData("948372615038")]
    public async Task A_long_uncommon_passphrase_is_accepted_without_composition_rules(string password)
    {
        Assert.Null(await FirstErrorAsync(password));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("123456789012")]
    [InlineData("P@ssw0rd1234")]
    [InlineData("lozinka12345")]
    [InlineData("aaaaaaaaaaaaaaa")]
    public async Task Common_passwords_are_refused_also_in_disguise(string password)
    {
        Assert.Equal("Passwords.Errors.Common", await FirstErrorAsync(password));
    }

    [Theory]
    [InlineData("CentarZaZastituZrtava2026")]
    [InlineData("centar za zaštitu žrtava!")]
    [InlineData("moj-trgovine-ljudima-posao")]
    [InlineData("Tr@ffickingCare-2026")]
    public async Task Passwords_containing_the_centres_name_are_refused(string password)
    {
        Assert.Equal("Passwords.Errors.CentreName", await FirstErrorAsync(password));
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused()
    {
        Assert.Equal("Passwords.Errors.ContainsUserName", await FirstErrorAsync("moje-ime-je-jovana.test"));
    }

    [Fact]
    public async Task The_error_is_a_localized_sentence_not_a_key()
    {
        var result = await Validator.ValidateAsync(null!, User, "password1234");

        Assert.DoesNotContain("Passwords.Errors", result.Errors.First().Description);
    }

    [Fact]
    public void Normalisation_removes_diacritics_case_and_leetspeak()
    {
        Assert.Equal("zastitazrtava", PasswordPolicyValidator.Normalise("Zaštita-Žrtava"));
        Assert.Equal("password", PasswordPolicyValidator.Normalise("P@55w0rd"));
    }
}
