using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account;

public sealed class LoginWithRecoveryCodeForm
{
    [Display(Name = "Account.RecoveryCode.Code")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }

    public string NormalisedCode => (RecoveryCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
}
