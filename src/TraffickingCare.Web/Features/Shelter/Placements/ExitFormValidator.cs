using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed class ExitFormValidator : AbstractValidator<ExitForm>
{
    public ExitFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.ExitedOn).PastDate(clock).WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(x => x.ExitedAt).Must(v => CentreClock.TryParseTime(v, out _)).WithMessage(_ => l["Shelter.Errors.Time"]);
        RuleFor(x => x.Destination).NotNull().WithMessage(_ => l["Shelter.Errors.Destination"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.Destination"]);
        RuleFor(x => x.FollowUpOn).Must(v => string.IsNullOrWhiteSpace(v) || FollowUps.FollowUpDates.IsDueDate(v, clock)).WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(x => x.Reason).MaximumLength(Placement.ExitReasonMaxLength).WithMessage(_ => l["Validation.TooLong", Placement.ExitReasonMaxLength]);
    }
}
