using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// A training the Centre gave to professionals (judiciary, police, social protection, health, education, NGOs,
/// labour inspection): when, how long, on what, whether the programme is accredited, where, who organised and
/// taught it, and how many took part by sector and by sex. No participant is named: the Centre counts them.
/// </summary>
public sealed class Training : Entity
{
    public const int TopicMaxLength = 300;
    public const int OrganiserMaxLength = 200;
    public const int AccreditationNumberMaxLength = 64;
    public const int MaxHours = 200;
    public const int MaxTrainers = 20;

    private readonly List<TrainingSectorCount> sectors = [];
    private readonly List<TrainingTrainer> trainers = [];

    private Training()
    {
        Topic = string.Empty;
        MunicipalityCode = string.Empty;
        Organiser = string.Empty;
    }

    public DateOnly HeldOn { get; private set; }

    /// <summary>Length in hours (a two-day training is usually 16).</summary>
    public int Hours { get; private set; }

    public string Topic { get; private set; }

    public bool Accredited { get; private set; }

    /// <summary>The programme's accreditation number: given exactly when the programme is accredited.</summary>
    public string? AccreditationNumber { get; private set; }

    /// <summary>Where it was held: a <c>Municipality</c> code.</summary>
    public string MunicipalityCode { get; private set; }

    public string Organiser { get; private set; }

    public int Women { get; private set; }

    public int Men { get; private set; }

    public int SexNotStated { get; private set; }

    public int Participants => Women + Men + SexNotStated;

    /// <summary>The sectors with their counts (a sector taken off keeps its row at zero: nothing is deleted).</summary>
    public IReadOnlyList<TrainingSectorCount> Sectors => sectors;

    public IReadOnlyList<TrainingTrainer> Trainers => trainers.Where(t => !t.IsDeleted).ToList();

    public static Training Record(TrainingDetails details, Headcount headcount, IReadOnlyCollection<Trainer> trainedBy, DateOnly today, string? userId, DateTime utcNow)
    {
        var training = new Training();
        training.Change(details, headcount, trainedBy, today, userId, utcNow);
        return training;
    }

    public void Change(TrainingDetails details, Headcount headcount, IReadOnlyCollection<Trainer> trainedBy, DateOnly today, string? userId, DateTime utcNow)
    {
        HeldOn = ActivityDates.Check(details.HeldOn, today, "Activity.Errors.HeldOn");
        Hours = details.Hours is >= 1 and <= MaxHours ? details.Hours : throw new DomainException("Activity.Errors.Hours");
        Topic = Guard.Text(details.Topic, TopicMaxLength, "Activity.Errors.Topic");
        MunicipalityCode = Guard.Text(details.MunicipalityCode, CodeListItem.CodeMaxLength, "Activity.Errors.Municipality");
        Organiser = Guard.Text(details.Organiser, OrganiserMaxLength, "Activity.Errors.Organiser");
        Accredited = details.Accredited;
        AccreditationNumber = details.Accredited
            ? Guard.Text(details.AccreditationNumber, AccreditationNumberMaxLength, "Activity.Errors.AccreditationNumber")
            : null;
        Count(headcount.Checked());
        Teach(trainedBy, userId, utcNow);
    }

    private void Count(Headcount headcount)
    {
        Women = headcount.Women;
        Men = headcount.Men;
        SexNotStated = headcount.SexNotStated;
        foreach (var row in sectors)
        {
            row.Recount(headcount.BySector.GetValueOrDefault(row.SectorCode));
        }

        sectors.AddRange(headcount.BySector
            .Where(s => s.Value > 0 && !sectors.Any(r => r.SectorCode == s.Key))
            .Select(s => TrainingSectorCount.Of(Id, s.Key, s.Value)));
    }

    private void Teach(IReadOnlyCollection<Trainer> trainedBy, string? userId, DateTime utcNow)
    {
        var who = trainedBy.Distinct().ToList();
        if (who.Count is 0 or > MaxTrainers)
        {
            throw new DomainException("Activity.Errors.Trainers");
        }

        // Nothing is hard-deleted: a trainer taken off is marked removed.
        var present = trainers.Where(t => !t.IsDeleted).ToList();
        foreach (var gone in present.Where(p => !who.Any(p.Is)))
        {
            gone.SoftDelete(userId, utcNow);
        }

        trainers.AddRange(who.Where(w => !present.Any(p => p.Is(w))).Select(w => TrainingTrainer.Of(Id, w)));
    }
}

/// <summary>What a training form says besides its headcount and trainers.</summary>
public sealed record TrainingDetails(
    DateOnly HeldOn, int Hours, string? Topic, bool Accredited, string? AccreditationNumber, string? MunicipalityCode, string? Organiser);
