using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

public sealed class ReturnPhaseFormValidator : AbstractValidator<ReturnPhaseForm>
{
    public ReturnPhaseFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.ChangeId).NotEmpty().WithMessage(_ => l["Shelter.Errors.PhaseChangeNotPending"]);
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage(_ => l["Shelter.Errors.ReturnReasonRequired"])
            .MaximumLength(PhaseChange.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", PhaseChange.ReasonMaxLength]);
    }
}
