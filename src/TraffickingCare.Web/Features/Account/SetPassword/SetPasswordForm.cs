using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account.SetPassword;

/// <summary>The one-time link's user id and token travel in hidden fields; the password is chosen by its owner only.</summary>
public sealed class SetPasswordForm
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    [Display(Name = "Account.SetPassword.NewPassword")]
    public string? NewPassword { get; set; }

    [Display(Name = "Account.SetPassword.ConfirmPassword")]
    public string? ConfirmPassword { get; set; }
}
