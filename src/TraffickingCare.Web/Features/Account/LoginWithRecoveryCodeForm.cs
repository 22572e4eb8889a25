using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account;

public sealed class LoginWithRecoveryCodeForm
{
    [Display(Name = "Account.RecoveryCode.Code")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Codes are stored in upper case; people copy them with spaces or type them in lower case.</summary>
    public string NormalisedCode => (RecoveryCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
