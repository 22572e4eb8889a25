using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

public sealed class ConferenceRunFormValidator : AbstractValidator<ConferenceRunForm>
{
    public ConferenceRunFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Participants).Must(v => v.Count <= CaseConference.MaxParticipants).WithMessage(_ => l["Conferences.Errors.UnknownPart"]);
        RuleForEach(x => x.Participants).ChildRules(p => p.RuleFor(x => x.Attendance).IsInEnum().WithMessage(_ => l["Conferences.Errors.Attendance"]));
        RuleFor(x => x.Notes).Must(v => v.Count <= CaseConference.MaxAgendaItems).WithMessage(_ => l["Conferences.Errors.UnknownPart"]);
        RuleForEach(x => x.Notes).ChildRules(n => n.RuleFor(x => x.Text).MaximumLength(ConferenceAgendaItem.NotesMaxLength)
            .WithMessage(_ => l["Validation.TooLong", ConferenceAgendaItem.NotesMaxLength]));
        RuleFor(x => x.Conclusions).MaximumLength(CaseConference.ConclusionsMaxLength).WithMessage(_ => l["Validation.TooLong", CaseConference.ConclusionsMaxLength]);
        RuleFor(x => x.Decisions).MaximumLength(CaseConference.DecisionsMaxLength).WithMessage(_ => l["Validation.TooLong", CaseConference.DecisionsMaxLength]);
    }
}
