using System.ComponentModel.DataAnnotations;
using TraffickingCare.Web.Features.Shared.Accounts;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithTwoFactorForm
{
    [Display(Name = "Account.TwoFactor.Code")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    public string NormalisedCode => AuthenticatorCode.Normalise(Code);
}
