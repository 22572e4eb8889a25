using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class CreateValueFormValidator : CodeListValueFieldsValidator<CreateValueForm>
{
    /// <summary>Codes travel into exports, URLs and HTCDS spreadsheets: plain ASCII only.</summary>
    public const string CodePattern = "^[A-Za-z0-9_-]+$";

    public CreateValueFormValidator(IStringLocalizer<SharedResource> l)
        : base(l)
    {
        RuleFor(x => x.List).NotEmpty().WithMessage(_ => l["CodeLists.Errors.ListRequired"]);
        RuleFor(x => x.Code)
            .NotEmpty().WithMessage(_ => l["Validation.Required", l["CodeLists.Fields.Code"]])
            .MaximumLength(CodeListItem.CodeMaxLength).WithMessage(_ => l["Validation.MaxLength", l["CodeLists.Fields.Code"], CodeListItem.CodeMaxLength])
            .Matches(CodePattern).WithMessage(_ => l["CodeLists.Errors.CodeFormat"]);
    }
}
