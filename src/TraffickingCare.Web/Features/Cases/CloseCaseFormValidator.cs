using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Closure needs a reason from the ClosureReason list; a follow-up date, if given, is not in the past.</summary>
public sealed class CloseCaseFormValidator : AbstractValidator<CloseCaseForm>
{
    public const string ClosureReasons = "ClosureReason";

    public CloseCaseFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock)
    {
        RuleFor(x => x.ClosureReasonCode)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Cases.Errors.ClosureReasonRequired"])
            .InCodeList(db, ClosureReasons).WithMessage(_ => l["Cases.Errors.ClosureReasonRequired"]);
        RuleFor(x => x.FollowUpOn)
            .Must(v => CentreClock.TryParseDate(v, out var d) && d >= clock.Today && d <= clock.Today.AddYears(5))
            .When(x => !string.IsNullOrWhiteSpace(x.FollowUpOn))
            .WithMessage(_ => l["Cases.Errors.FollowUpInvalid"]);
    }
}
