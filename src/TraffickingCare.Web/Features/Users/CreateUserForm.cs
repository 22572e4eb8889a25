using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Users;

public sealed class CreateUserForm
{
    public const int UserNameMaxLength = 64;

    [Display(Name = "Users.Create.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Users.Create.DisplayName")]
    public string? DisplayName { get; set; }

    [Display(Name = "Users.Create.Role")]
    public string? Role { get; set; }
}
