using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithTwoFactorFormValidator : AbstractValidator<LoginWithTwoFactorForm>
{
    public LoginWithTwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .MaximumLength(AuthenticatorCode.MaxLength).WithMessage(_ => l["Account.TwoFactor.CodeFormat"])
            .Must(AuthenticatorCode.IsWellFormed).WithMessage(_ => l["Account.TwoFactor.CodeFormat"]);
    }
}
