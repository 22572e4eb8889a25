using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account;

public sealed class LoginWithTwoFactorFormValidator : AbstractValidator<LoginWithTwoFactorForm>
{
    public LoginWithTwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Code)
            .Must((form, _) => form.NormalisedCode.Length == 6 && form.NormalisedCode.All(char.IsAsciiDigit))
            .WithMessage(_ => l["Account.TwoFactor.CodeFormat"]);
    }
}
