using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Users;

public sealed class CreateUserForm
{
    public const int UserNameMaxLength = 64;
    public const int EmailMaxLength = 256;

    [Display(Name = "Users.Create.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Users.Create.DisplayName")]
    public string? DisplayName { get; set; }

    /// <summary>The user's own work address: the set-password link goes there, never to the administrator.</summary>
    [Display(Name = "Users.Create.Email")]
    public string? Email { get; set; }

    [Display(Name = "Users.Create.Role")]
    public string? Role { get; set; }
}
