using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class EditValueFormValidator : CodeListValueFieldsValidator<EditValueForm>
{
    public EditValueFormValidator(IStringLocalizer<SharedResource> l)
        : base(l)
    {
        RuleFor(x => x.Version).NotNull().WithMessage(_ => l["Common.ConcurrencyConflict"]).GreaterThan(0).WithMessage(_ => l["Common.ConcurrencyConflict"]);
    }
}
