using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithRecoveryCodeForm
{
    /// <summary>Identity's codes are 11 characters ("AB12C-DE34F"); the room is for pasting with spaces.</summary>
    public const int RecoveryCodeMaxLength = 64;

    [Display(Name = "Account.RecoveryCode.Code")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Codes are stored in upper case; people copy them with spaces or type them in lower case.</summary>
    public string NormalisedCode => (RecoveryCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
