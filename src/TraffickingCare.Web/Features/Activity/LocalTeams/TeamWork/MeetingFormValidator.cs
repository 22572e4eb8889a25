using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.HeldOn)
            .Must(v => CentreClock.TryParseDate(v, out var day) && day >= ActivityDates.Earliest && day <= clock.Today.AddDays(ActivityDates.LatestDaysAhead))
            .WithMessage(_ => l["Activity.Errors.HeldOn"]);
        RuleFor(x => x.Participants).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Activity.Errors.NoParticipants"])
            .GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"])
            .InclusiveBetween(1, LocalTeamMeeting.MaxParticipants).WithMessage(_ => l["Activity.Errors.MeetingParticipants"]);
        RuleFor(x => x.Conclusions).MaximumLength(LocalTeamMeeting.ConclusionsMaxLength).WithMessage(_ => l["Activity.Errors.Conclusions"]);
    }
}
