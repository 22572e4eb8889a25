using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.ProgressNotes;

public sealed class ProgressNoteFormValidator : AbstractValidator<ProgressNoteForm>
{
    public ProgressNoteFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Text)
            .NotEmpty().WithMessage(_ => l["Shelter.Errors.NoteText"])
            .MaximumLength(ProgressNote.TextMaxLength).WithMessage(_ => l["Validation.TooLong", ProgressNote.TextMaxLength]);
    }
}
