using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

public sealed class FollowUpFormValidator : AbstractValidator<FollowUpForm>
{
    public FollowUpFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.FollowUpOn).Must(v => FollowUpDates.IsDueDate(v, clock)).WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(x => x.AssigneeId).NotEmpty().WithMessage(_ => l["Shelter.Errors.FollowUpAssignee"]);
    }
}
