using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings;

public sealed class StageFormValidator : AbstractValidator<StageForm>
{
    public StageFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Stage).NotNull().WithMessage(_ => l["Proceedings.Errors.Stage"]).IsInEnum().WithMessage(_ => l["Proceedings.Errors.Stage"]);
        RuleFor(x => x.Since).PastDate(clock).WithMessage(_ => l["Proceedings.Errors.Date"]);
        RuleFor(x => x.Reason).MaximumLength(ProceedingStageChange.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", ProceedingStageChange.ReasonMaxLength]);
    }
}
