using System.ComponentModel.DataAnnotations;
using TraffickingCare.Web.Features.Shared.Accounts;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class EnableTwoFactorForm
{
    [Display(Name = "TwoFactor.Enable.Code")]
    public string? Code { get; set; }

    public string NormalisedCode => AuthenticatorCode.Normalise(Code);
}
