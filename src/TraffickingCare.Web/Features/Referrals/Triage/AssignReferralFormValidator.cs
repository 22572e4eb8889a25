using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals.Triage;

public sealed class AssignReferralFormValidator : AbstractValidator<AssignReferralForm>
{
    public AssignReferralFormValidator(IStringLocalizer<SharedResource> l, CaseworkerOptionsQuery caseworkers) =>
        RuleFor(x => x.AssigneeId)
            .MustAsync((id, ct) => caseworkers.IsCaseworkerAsync(id, ct))
            .WithMessage(_ => l["Referrals.Triage.Errors.AssigneeRequired"]);
}
