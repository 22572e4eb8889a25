using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual;

public sealed class IntroductionFormValidator : AbstractValidator<IntroductionForm>
{
    public IntroductionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Serbian).MaximumLength(PublishedReport.IntroductionMaxLength).WithMessage(_ => l["Reports.Errors.IntroductionTooLong"]);
        RuleFor(x => x.English).MaximumLength(PublishedReport.IntroductionMaxLength).WithMessage(_ => l["Reports.Errors.IntroductionTooLong"]);
    }
}
