using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Manage;

public sealed class ChangePasswordForm
{
    [Display(Name = "Manage.ChangePassword.CurrentPassword")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "Manage.ChangePassword.NewPassword")]
    public string? NewPassword { get; set; }

    [Display(Name = "Manage.ChangePassword.ConfirmPassword")]
    public string? ConfirmPassword { get; set; }
}
