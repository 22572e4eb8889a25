using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals.Triage;

public sealed class TriageReferralFormValidator : AbstractValidator<TriageReferralForm>
{
    public TriageReferralFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CaseworkerOptionsQuery caseworkers)
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage(_ => l["Referrals.Triage.Errors.OutcomeRequired"]);

        RuleFor(x => x.LeadCaseworkerId)
            .MustAsync((id, ct) => caseworkers.IsCaseworkerAsync(id, ct))
            .When(x => x.Outcome == TriageOutcome.OpenCase)
            .WithMessage(_ => l["Referrals.Triage.Errors.LeadRequired"]);

        RuleFor(x => x.ExistingCaseCode)
            .Cascade(CascadeMode.Stop)
            .MustAsync(async (code, ct) => CaseCode.TryParse(code, out var parsed) && await db.Cases.AnyAsync(c => c.Code == parsed!.Value, ct))
            .WithMessage(_ => l["Referrals.Triage.Errors.CaseNotFound"])

            // An anonymised case is never changed: the referral's person would stay on it for good (the retention run
            // takes a referral only while it has no case). The person who comes back is a new case.
            .MustAsync(async (code, ct) => CaseCode.TryParse(code, out var parsed) && await db.Cases.AnyAsync(c => c.Code == parsed!.Value && c.AnonymisedAtUtc == null, ct))
            .WithMessage(_ => l["Referrals.Triage.Errors.CaseAnonymised"])
            .When(x => x.Outcome == TriageOutcome.Duplicate);

        RuleFor(x => x.ForwardedTo)
            .NotEmpty().WithMessage(_ => l["Referrals.Errors.ForwardedToRequired"])
            .MaximumLength(Referral.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", Referral.ReasonMaxLength])
            .When(x => x.Outcome == TriageOutcome.NotTrafficking);

        RuleFor(x => x.Reason)
            .RealReason().WithMessage(_ => l["Referrals.Errors.ReasonRequired"])
            .MaximumLength(Referral.ReasonMaxLength).WithMessage(_ => l["Validation.TooLong", Referral.ReasonMaxLength])
            .When(x => x.Outcome == TriageOutcome.Reject);
    }
}
