using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

public sealed class AwarenessEventFormValidator : AbstractValidator<AwarenessEventForm>
{
    public AwarenessEventFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock)
    {
        RuleFor(x => x.HeldOn)
            .Must(v => CentreClock.TryParseDate(v, out var day) && day >= ActivityDates.Earliest && day <= clock.Today.AddDays(ActivityDates.LatestDaysAhead))
            .WithMessage(_ => l["Activity.Errors.HeldOn"]);
        RuleFor(x => x.Kind)
            .Must(v => Enum.TryParse<AwarenessEventKind>(v, out var kind) && Enum.IsDefined(kind) && !int.TryParse(v, out _))
            .WithMessage(_ => l["Activity.Errors.EventKind"]);
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.Title"])
            .MaximumLength(AwarenessEvent.TitleMaxLength).WithMessage(_ => l["Activity.Errors.Title"]);
        RuleFor(x => x.MunicipalityCode)
            .InCodeList(db, "Municipality", f => f.HeldMunicipalityCode is { } held ? [held] : [])
            .WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Audience).MaximumLength(AwarenessEvent.AudienceMaxLength).WithMessage(_ => l["Activity.Errors.Audience"]);
        RuleFor(x => x.PeopleReached).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Activity.EventsPage.PeopleReachedRequired"])
            .GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"])
            .LessThanOrEqualTo(AwarenessEvent.MaxPeopleReached).WithMessage(_ => l["Activity.Errors.PeopleReached"]);
        RuleFor(x => x.PartnerIds).Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= AwarenessEvent.MaxPartners).WithMessage(_ => l["Activity.Errors.Partners"])
            .MustAsync((form, ids, ct) => AreOfferedAsync(db, ids, form.HeldPartnerIds, ct)).WithMessage(_ => l["Activity.EventsPage.UnknownPartner"]);
    }

    /// <summary>Every posted id is a directory entry offered now, or one the event already holds (a tampered id is refused).</summary>
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
