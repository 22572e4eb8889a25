using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account.SetPassword;

public sealed class SetPasswordFormValidator : AbstractValidator<SetPasswordForm>
{
    public SetPasswordFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => l["Passwords.Errors.Required"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => l["Passwords.Errors.ConfirmMismatch"]);
    }
}
