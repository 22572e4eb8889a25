using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithRecoveryCodeFormValidator : AbstractValidator<LoginWithRecoveryCodeForm>
{
    public LoginWithRecoveryCodeFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.RecoveryCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["Account.RecoveryCode.Required"])
            .MaximumLength(LoginWithRecoveryCodeForm.RecoveryCodeMaxLength).WithMessage(_ => l["Account.RecoveryCode.Invalid"]);
    }
}
