using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings;

public sealed class OpenProceedingFormValidator : AbstractValidator<OpenProceedingForm>
{
    public OpenProceedingFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock, PartnerOptionsQuery partners)
    {
        Include(new ProceedingFormValidator(l, clock, partners));
        RuleFor(x => x.Stage).NotNull().WithMessage(_ => l["Proceedings.Errors.Stage"]).IsInEnum().WithMessage(_ => l["Proceedings.Errors.Stage"]);
        RuleFor(x => x.StageSince).PastDate(clock).WithMessage(_ => l["Proceedings.Errors.Date"]);
    }
}
