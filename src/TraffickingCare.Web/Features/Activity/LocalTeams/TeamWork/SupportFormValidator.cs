using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

public sealed class SupportFormValidator : AbstractValidator<SupportForm>
{
    public SupportFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.GivenOn)
            .Must(v => CentreClock.TryParseDate(v, out var day) && day >= ActivityDates.Earliest && day <= clock.Today.AddDays(ActivityDates.LatestDaysAhead))
            .WithMessage(_ => l["Activity.Errors.HeldOn"]);
        RuleFor(x => x.Kind)
            .Must(v => Enum.TryParse<LocalTeamSupportKind>(v, out var kind) && Enum.IsDefined(kind) && !int.TryParse(v, out _))
            .WithMessage(_ => l["Activity.Errors.SupportKind"]);
        RuleFor(x => x.Note).MaximumLength(LocalTeamSupport.NoteMaxLength).WithMessage(_ => l["Activity.Errors.Note"]);
    }
}
