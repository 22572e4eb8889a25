using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Users;

public sealed class UserActionFormValidator : AbstractValidator<UserActionForm>
{
    public UserActionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.UserId).NotEmpty().WithMessage(_ => l["Users.Errors.NotFound"]);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage(_ => l["Common.ConcurrencyConflict"]);
    }
}
