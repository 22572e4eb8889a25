using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>Only an enabled caseworker can lead a case or join its team.</summary>
public sealed class CaseTeamFormValidator : AbstractValidator<CaseTeamForm>
{
    public CaseTeamFormValidator(IStringLocalizer<SharedResource> l, CaseworkerOptionsQuery caseworkers)
    {
        RuleFor(x => x.UserId)
            .MustAsync((userId, ct) => caseworkers.IsCaseworkerAsync(userId, ct))
            .When(x => x.Change is CaseTeamChange.Lead or CaseTeamChange.Add)
            .WithMessage(_ => l["Referrals.Triage.Errors.AssigneeRequired"]);
    }
}
