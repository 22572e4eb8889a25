using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>Input only: the order of phases and the reason a skip needs are the plan's rules (the domain).</summary>
public sealed class ProposePhaseFormValidator : AbstractValidator<ProposePhaseForm>
{
    public ProposePhaseFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.To).NotNull().WithMessage(_ => l["Shelter.Errors.PhaseNotForward"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.PhaseNotForward"]);
        RuleFor(x => x.Review)
            .NotEmpty().WithMessage(_ => l["Shelter.Errors.PhaseReview"])
            .MaximumLength(PhaseChange.ReviewMaxLength).WithMessage(_ => l["Validation.TooLong", PhaseChange.ReviewMaxLength]);
        RuleFor(x => x.SkipReason).MaximumLength(PhaseChange.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", PhaseChange.ReasonMaxLength]);
    }
}
