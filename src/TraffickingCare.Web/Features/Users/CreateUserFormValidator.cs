using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Users;

public sealed class CreateUserFormValidator : AbstractValidator<CreateUserForm>
{
    public CreateUserFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["Users.Errors.UserNameRequired"])
            .MaximumLength(CreateUserForm.UserNameMaxLength).WithMessage(_ => l["Users.Errors.UserNameTooLong", CreateUserForm.UserNameMaxLength])
            .Matches("^[A-Za-z0-9._-]+$").WithMessage(_ => l["Identity.Errors.InvalidUserName"]);
        RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["Users.Errors.DisplayNameRequired"])
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage(_ => l["Users.Errors.DisplayNameTooLong", AppUser.DisplayNameMaxLength]);
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["Users.Errors.EmailRequired"])
            .MaximumLength(CreateUserForm.EmailMaxLength).WithMessage(_ => l["Users.Errors.EmailTooLong", CreateUserForm.EmailMaxLength])
            .Must(BeAnAddress).WithMessage(_ => l["Users.Errors.EmailInvalid"]);
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage(_ => l["Users.Errors.RoleRequired"]);
    }

    // One mailbox, no display name, no list: MailboxAddress would accept "Name <a@b>" and "a@b, c@d".
    private static bool BeAnAddress(string? email) =>
        MimeKit.MailboxAddress.TryParse(email!.Trim(), out var address)
        && string.IsNullOrEmpty(address.Name)
        && address.Address == email.Trim()
        && address.Address.IndexOf('@') is > 0 and var at && at < address.Address.Length - 1;
}
