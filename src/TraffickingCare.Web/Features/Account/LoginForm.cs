using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Account;

public sealed class LoginForm
{
    [Display(Name = "Account.Login.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Account.Login.Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
