using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>Input only; whether the target date falls in the goal's phase is the plan's rule (the domain).</summary>
public sealed class GoalFormValidator : AbstractValidator<GoalForm>
{
    public GoalFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Phase).NotNull().WithMessage(_ => l["Shelter.Errors.GoalPhase"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.GoalPhase"]);
        RuleFor(x => x.Area).NotNull().WithMessage(_ => l["Shelter.Errors.GoalArea"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.GoalArea"]);
        RuleFor(x => x.Description)
            .NotEmpty().WithMessage(_ => l["Shelter.Errors.GoalDescription"])
            .MaximumLength(PlanGoal.DescriptionMaxLength).WithMessage(_ => l["Validation.TooLong", PlanGoal.DescriptionMaxLength]);
        RuleFor(x => x.Activities).MaximumLength(PlanGoal.ActivitiesMaxLength).WithMessage(_ => l["Validation.TooLong", PlanGoal.ActivitiesMaxLength]);
        RuleFor(x => x.ResponsibleId).NotEmpty().WithMessage(_ => l["Shelter.Errors.GoalResponsible"]);
        RuleFor(x => x.TargetOn)
            .Must(v => CentreClock.TryParseDate(v, out var d) && d >= clock.Today.AddYears(-10) && d <= clock.Today.AddYears(5))
            .WithMessage(_ => l["Shelter.Errors.Date"]);
    }
}
