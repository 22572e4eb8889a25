using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

public sealed class LocalTeamFormValidator : AbstractValidator<LocalTeamForm>
{
    public LocalTeamFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db)
    {
        RuleFor(x => x.MunicipalityCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.Municipality"])
            .InCodeList(db, "Municipality", f => f.HeldMunicipalityCode is { } held ? [held] : []).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Status)
            .Must(v => Enum.TryParse<LocalTeamStatus>(v, out var status) && Enum.IsDefined(status) && !int.TryParse(v, out _))
            .WithMessage(_ => l["Activity.Errors.TeamStatus"]);
        RuleFor(x => x.MemberIds).Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= LocalTeam.MaxMembers).WithMessage(_ => l["Activity.Errors.Members"])
            .MustAsync((form, ids, ct) => AreOfferedAsync(db, ids, form.HeldMemberIds, ct)).WithMessage(_ => l["Activity.TeamsPage.UnknownPartner"]);
        RuleFor(x => x.CoordinatorName).MaximumLength(LocalTeam.CoordinatorNameMaxLength).WithMessage(_ => l["Activity.Errors.CoordinatorName"]);

        // The coordinator is named with the member institution they work at: both or neither.
        RuleFor(x => x.CoordinatorName)
            .NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.CoordinatorPartnerId)).WithMessage(_ => l["Activity.TeamsPage.CoordinatorNameMissing"]);
        RuleFor(x => x.CoordinatorPartnerId)
            .NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.CoordinatorName)).WithMessage(_ => l["Activity.TeamsPage.CoordinatorInstitutionMissing"]);
        RuleFor(x => x.CoordinatorPartnerId)
            .Must((form, id) => Guid.TryParse(id, out var institution) && form.MemberIds.Any(m => Guid.TryParse(m, out var member) && member == institution))
            .When(x => !string.IsNullOrWhiteSpace(x.CoordinatorPartnerId))
            .WithMessage(_ => l["Activity.Errors.CoordinatorInstitution"]);
    }

    /// <summary>Every posted id is a directory entry offered now, or one the team already holds (a tampered id is refused).</summary>
    private static async Task<bool> AreOfferedAsync(AppDbContext db, List<string> posted, IReadOnlyCollection<Guid> held, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var value in posted.Distinct())
        {
            if (!Guid.TryParse(value, out var id))
            {
                return false;
            }

            ids.Add(id);
        }

        var kept = held.ToList();
        return ids.Count == 0
            || await db.Partners.CountAsync(p => ids.Contains(p.Id) && (p.MergedIntoId == null || kept.Contains(p.Id)), ct) == ids.Count;
    }
}
