using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases.CaseNotes;

public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Text)
            .NotEmpty().WithMessage(_ => l["Cases.Errors.NoteText"])
            .MaximumLength(CaseNote.TextMaxLength).WithMessage(_ => l["Validation.TooLong", CaseNote.TextMaxLength]);
    }
}
