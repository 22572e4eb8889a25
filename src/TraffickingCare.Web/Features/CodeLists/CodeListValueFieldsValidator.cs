using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>Rules of the shared fields; abstract, so assembly scanning registers only the concrete validators.</summary>
public abstract class CodeListValueFieldsValidator<TForm> : AbstractValidator<TForm>
    where TForm : CodeListValueFields
{
    public const int MaxSortOrder = 1_000_000;

    protected CodeListValueFieldsValidator(IStringLocalizer<SharedResource> l)
    {
        // One message per field: an empty code is "required", not also "invalid characters".
        RuleLevelCascadeMode = CascadeMode.Stop;
        Label(x => x.LabelLatin, "CodeLists.Fields.LabelLatin", l);
        Label(x => x.LabelCyrillic, "CodeLists.Fields.LabelCyrillic", l);
        Label(x => x.LabelEnglish, "CodeLists.Fields.LabelEnglish", l);
        RuleFor(x => x.SortOrder)
            .NotNull().WithMessage(_ => l["Validation.Required", l["CodeLists.Fields.SortOrder"]])
            .InclusiveBetween(0, MaxSortOrder).WithMessage(_ => l["CodeLists.Errors.SortOrderRange", MaxSortOrder]);
    }

    private void Label(System.Linq.Expressions.Expression<Func<TForm, string?>> field, string nameKey, IStringLocalizer<SharedResource> l) =>
        RuleFor(field)
            .NotEmpty().WithMessage(_ => l["Validation.Required", l[nameKey]])
            .MaximumLength(CodeListItem.LabelMaxLength).WithMessage(_ => l["Validation.MaxLength", l[nameKey], CodeListItem.LabelMaxLength]);
}
