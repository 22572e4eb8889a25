using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

public sealed class GoalReviewFormValidator : AbstractValidator<GoalReviewForm>
{
    public GoalReviewFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Status).NotNull().WithMessage(_ => l["Shelter.Errors.GoalStatus"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.GoalStatus"]);
        RuleFor(x => x.Comment).MaximumLength(GoalReview.CommentMaxLength).WithMessage(_ => l["Validation.TooLong", GoalReview.CommentMaxLength]);
    }
}
