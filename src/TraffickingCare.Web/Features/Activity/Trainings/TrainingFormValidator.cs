using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The training form's input, checked before the domain checks it again (so each reason lands on its field).</summary>
public sealed class TrainingFormValidator : AbstractValidator<TrainingForm>
{
    public const string SectorList = "TrainingSector";

    public TrainingFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock, TrainerOptionsQuery trainers)
    {
        RuleFor(x => x.HeldOn).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.HeldOn"])
            .Must(v => CentreClock.TryParseDate(v, out var day) && day >= ActivityDates.Earliest && day <= clock.Today.AddDays(ActivityDates.LatestDaysAhead))
            .WithMessage(_ => l["Activity.Errors.HeldOn"]);
        RuleFor(x => x.Hours).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Activity.Errors.Hours"])
            .InclusiveBetween(1, Training.MaxHours).WithMessage(_ => l["Activity.Errors.Hours"]);
        RuleFor(x => x.Topic).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.Topic"])
            .MaximumLength(Training.TopicMaxLength).WithMessage(_ => l["Validation.TooLong", Training.TopicMaxLength]);
        RuleFor(x => x.AccreditationNumber)
            .NotEmpty().When(x => x.Accredited, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Activity.Errors.AccreditationNumber"])
            .MaximumLength(Training.AccreditationNumberMaxLength).WithMessage(_ => l["Validation.TooLong", Training.AccreditationNumberMaxLength]);
        RuleFor(x => x.MunicipalityCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.Municipality"])
            .InCodeList(db, "Municipality", f => f.Held.MunicipalityCode is { } held ? [held] : []).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Organiser).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Activity.Errors.Organiser"])
            .MaximumLength(Training.OrganiserMaxLength).WithMessage(_ => l["Validation.TooLong", Training.OrganiserMaxLength]);
        RuleFor(x => x.StaffTrainerIds)
            .MustAsync((form, ids, ct) => trainers.AllOfferedAsync(ids, form.Held.StaffIds, ct)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.ExternalTrainers)
            .Must(rows => rows.Count <= TrainingForm.ExternalRows).WithMessage(_ => l["Activity.Errors.Trainers"]);
        RuleForEach(x => x.ExternalTrainers).ChildRules(row =>
        {
            row.RuleFor(t => t.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().When(t => !t.IsEmpty, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Activity.Errors.TrainerName"])
                .MaximumLength(TrainingTrainer.NameMaxLength).WithMessage(_ => l["Activity.Errors.TrainerName"]);
            row.RuleFor(t => t.Institution)
                .MaximumLength(TrainingTrainer.InstitutionMaxLength).WithMessage(_ => l["Activity.Errors.TrainerInstitution"]);
        });
        RuleFor(x => x)
            .Must(f => TrainingInput.TrainerCount(f) is > 0 and <= Training.MaxTrainers).WithMessage(_ => l["Activity.Errors.Trainers"])
            .OverridePropertyName(TrainingForm.TrainersField);
        CountRules(l, db);
    }

    private void CountRules(IStringLocalizer<SharedResource> l, AppDbContext db)
    {
        RuleFor(x => x.Sectors)
            .Must(rows => rows.Count <= 100 && rows.Select(r => r.Code).Distinct().Count() == rows.Count && rows.All(r => !string.IsNullOrEmpty(r.Code)))
            .WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Sectors.Select(r => r.Code ?? string.Empty).ToList())
            .AllInCodeList(db, SectorList, f => f.Held.SectorCodes).WithMessage(_ => l["Validation.UnknownOption"])
            .OverridePropertyName(nameof(TrainingForm.Sectors));
        RuleForEach(x => x.Sectors).ChildRules(row =>
            row.RuleFor(r => r.Count).GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"]));
        RuleFor(x => x.Women).GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"]);
        RuleFor(x => x.Men).GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"]);
        RuleFor(x => x.SexNotStated).GreaterThanOrEqualTo(0).WithMessage(_ => l["Activity.Errors.NegativeCount"]);

        // The totals are compared only when every count is a count: a negative one has its own message already.
        RuleFor(x => TrainingInput.Headcount(x)).Cascade(CascadeMode.Stop)
            .Must(h => h.Total <= Domain.Activity.Headcount.MaxParticipants && h.SectorTotal <= Domain.Activity.Headcount.MaxParticipants)
            .WithMessage(_ => l["Activity.Errors.TooManyParticipants"])
            .Must(h => h.Total > 0 || h.SectorTotal > 0).WithMessage(_ => l["Activity.Errors.NoParticipants"])
            .Must(h => h.Total == h.SectorTotal).WithMessage((_, h) => l["Activity.Errors.TotalsDifferBy", h.SectorTotal, h.Total])
            .When(NoNegativeCount)
            .OverridePropertyName(TrainingForm.ParticipantsField);
    }

    private static bool NoNegativeCount(TrainingForm form) =>
        form.Women is null or >= 0 && form.Men is null or >= 0 && form.SexNotStated is null or >= 0 && form.Sectors.All(s => s.Count is null or >= 0);
}
