using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithTwoFactorForm
{
    /// <summary>Six digits, as the app shows them: "123 456" or "123-456".</summary>
    public const int CodeMaxLength = 7;

    [Display(Name = "Account.TwoFactor.Code")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Authenticator apps show the code as "123 456"; people type it that way.</summary>
    public string NormalisedCode => (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
