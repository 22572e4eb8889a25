using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => l["Account.Login.UserNameRequired"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["Account.Login.PasswordRequired"]);
    }
}
