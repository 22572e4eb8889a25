using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class EnableTwoFactorFormValidator : AbstractValidator<EnableTwoFactorForm>
{
    public EnableTwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .MaximumLength(AuthenticatorCode.MaxLength).WithMessage(_ => l["TwoFactor.Enable.CodeFormat"])
            .Must(AuthenticatorCode.IsWellFormed).WithMessage(_ => l["TwoFactor.Enable.CodeFormat"]);
    }
}
