using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

public sealed class LoginWithTwoFactorFormValidator : AbstractValidator<LoginWithTwoFactorForm>
{
    public LoginWithTwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .MaximumLength(LoginWithTwoFactorForm.CodeMaxLength).WithMessage(_ => l["Account.TwoFactor.CodeFormat"])
            .Must((form, _) => form.NormalisedCode.Length == 6 && form.NormalisedCode.All(char.IsAsciiDigit))
            .WithMessage(_ => l["Account.TwoFactor.CodeFormat"]);
    }
}
