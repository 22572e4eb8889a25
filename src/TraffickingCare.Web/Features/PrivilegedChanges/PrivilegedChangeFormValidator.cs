using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

public sealed class PrivilegedChangeFormValidator : AbstractValidator<PrivilegedChangeForm>
{
    public PrivilegedChangeFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Id).NotEmpty().WithMessage(_ => l["PrivilegedChanges.Errors.NotFound"]);
        RuleFor(x => x.Version).GreaterThan(0).WithMessage(_ => l["Common.ConcurrencyConflict"]);
    }
}
