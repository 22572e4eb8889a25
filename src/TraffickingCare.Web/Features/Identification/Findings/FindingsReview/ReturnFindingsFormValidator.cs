using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>The length only: a reason with no letters is refused by the document itself.</summary>
public sealed class ReturnFindingsFormValidator : AbstractValidator<ReturnFindingsForm>
{
    public ReturnFindingsFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Reason).MaximumLength(FindingsAndOpinion.ReturnReasonMaxLength).WithMessage(_ => l["Validation.TooLong", FindingsAndOpinion.ReturnReasonMaxLength]);
    }
}
