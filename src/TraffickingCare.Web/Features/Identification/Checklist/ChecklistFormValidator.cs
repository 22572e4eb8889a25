using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Checklist;

public sealed class ChecklistFormValidator : AbstractValidator<ChecklistForm>
{
    public ChecklistFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleForEach(x => x.Answers).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Answer).IsInEnum().WithMessage(_ => l["Validation.UnknownOption"]);
            answer.RuleFor(a => a.Source).MaximumLength(IndicatorResponse.SourceMaxLength).WithMessage(_ => l["Validation.TooLong", IndicatorResponse.SourceMaxLength]);
            answer.RuleFor(a => a.Note).MaximumLength(IndicatorResponse.NoteMaxLength).WithMessage(_ => l["Validation.TooLong", IndicatorResponse.NoteMaxLength]);
        });
    }
}
