using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class EnableTwoFactorFormValidator : AbstractValidator<EnableTwoFactorForm>
{
    public EnableTwoFactorFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .MaximumLength(EnableTwoFactorForm.CodeMaxLength).WithMessage(_ => l["TwoFactor.Enable.CodeFormat"])
            .Must((form, _) => form.NormalisedCode.Length == 6 && form.NormalisedCode.All(char.IsAsciiDigit))
            .WithMessage(_ => l["TwoFactor.Enable.CodeFormat"]);
    }
}
