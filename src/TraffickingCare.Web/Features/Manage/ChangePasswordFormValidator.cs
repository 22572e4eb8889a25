using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Manage;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => l["Manage.ChangePassword.CurrentRequired"]);
        RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["Passwords.Errors.Required"])
            .NotEqual(x => x.CurrentPassword).WithMessage(_ => l["Manage.ChangePassword.SameAsCurrent"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => l["Passwords.Errors.ConfirmMismatch"]);
    }
}
