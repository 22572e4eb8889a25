using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>The validated form in the domain's terms, for the record and change handlers alike.</summary>
public static class TrainingInput
{
    public static TrainingDetails Details(TrainingForm form)
    {
        // The validator has parsed the date; a date that slipped through fails the domain's own range check.
        CentreClock.TryParseDate(form.HeldOn, out var heldOn);
        return new(heldOn, form.Hours ?? 0, form.Topic?.Trim(), form.Accredited, form.AccreditationNumber?.Trim(), form.MunicipalityCode, form.Organiser?.Trim());
    }

    public static Headcount Headcount(TrainingForm form) => new(
        form.Sectors.Where(s => !string.IsNullOrEmpty(s.Code)).GroupBy(s => s.Code!).ToDictionary(g => g.Key, g => g.Sum(s => s.Count ?? 0)),
        form.Women ?? 0,
        form.Men ?? 0,
        form.SexNotStated ?? 0);

    public static IReadOnlyCollection<Trainer> Trainers(TrainingForm form) =>
    [
        .. form.StaffTrainerIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Select(Trainer.Staff),
        .. form.ExternalTrainers.Where(t => !t.IsEmpty).Select(t => Trainer.External(t.Name?.Trim(), t.Institution?.Trim())),
    ];

    /// <summary>How many trainers the form names (rows left empty name no one).</summary>
    public static int TrainerCount(TrainingForm form) =>
        form.StaffTrainerIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Count() + form.ExternalTrainers.Count(t => !t.IsEmpty);
}
