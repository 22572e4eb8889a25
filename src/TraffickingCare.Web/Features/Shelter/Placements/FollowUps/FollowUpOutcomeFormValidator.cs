using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

public sealed class FollowUpOutcomeFormValidator : AbstractValidator<FollowUpOutcomeForm>
{
    public FollowUpOutcomeFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage(_ => l["Shelter.Errors.FollowUpOutcome"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.FollowUpOutcome"]);
        RuleFor(x => x.DoneOn).PastDate(clock).WithMessage(_ => l["Shelter.Errors.FollowUpDoneOn"]);
        RuleFor(x => x.Note).MaximumLength(ShelterFollowUp.NoteMaxLength).WithMessage(_ => l["Validation.TooLong", ShelterFollowUp.NoteMaxLength]);
    }
}
