using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Support;

/// <summary>
/// A field visit on a case: where (only the kind of place, never an address), why (a purpose code, counted for the
/// report), who went (staff and partners), what came of it and the next step with its date (both encrypted text but
/// the date). Its author corrects it for 24 hours (<see cref="EditWindow"/>); after that a new visit amends it.
/// </summary>
public sealed class FieldVisit : Entity
{
    public const int OutcomeMaxLength = 4000;
    public const int NextStepMaxLength = 500;
    public const int PurposeCodeMaxLength = 64;
    public const int MaxParticipants = 20;

    /// <summary>How far ahead a next step is planned at most.</summary>
    public const int NextStepMaxYears = 2;

    private readonly List<FieldVisitParticipant> participants = [];

    private FieldVisit()
    {
        PurposeCode = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public DateOnly On { get; private set; }

    public VisitPlace Place { get; private set; }

    public string PurposeCode { get; private set; }

    public string? Outcome { get; private set; }

    public string? NextStep { get; private set; }

    public DateOnly? NextStepOn { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    public Guid? AmendsVisitId { get; private set; }

    /// <summary>The historical import whose file named field visits (<see cref="Imported"/>); null for a visit someone recorded.</summary>
    public Guid? ImportId { get; private set; }

    /// <summary>Who took part; rows taken off in a correction stay, marked deleted.</summary>
    public IReadOnlyList<FieldVisitParticipant> Participants => participants;

    public static FieldVisit Record(Guid caseId, FieldVisitDetails details, string authorId, DateTime utcNow, DateOnly today, Guid? amends = null)
    {
        var visit = new FieldVisit
        {
            CaseId = caseId,
            AuthorId = authorId,
            WrittenAtUtc = utcNow,
            AmendsVisitId = amends,
        };
        visit.Describe(details, authorId, utcNow, today);
        return visit;
    }

    /// <summary>A visit the historical file names: no outcome or next step (the file has none), only the import that wrote it.</summary>
    public static FieldVisit Imported(Guid caseId, FieldVisitDetails details, Guid importId, string authorId, DateTime utcNow, DateOnly today)
    {
        var visit = Record(caseId, details with { Outcome = null, NextStep = null, NextStepOn = null }, authorId, utcNow, today);
        visit.ImportId = importId;
        return visit;
    }

    public bool CanBeCorrectedBy(string userId, DateTime utcNow) => EditWindow.Allows(AuthorId, WrittenAtUtc, userId, utcNow);

    public void Correct(FieldVisitDetails details, string userId, DateTime utcNow, DateOnly today)
    {
        EditWindow.Check(AuthorId, WrittenAtUtc, userId, utcNow, "FieldVisits.Errors.NotYours", "FieldVisits.Errors.Locked");
        Describe(details, userId, utcNow, today);
    }

    public FieldVisit Amend(FieldVisitDetails details, string authorId, DateTime utcNow, DateOnly today) =>
        Record(CaseId, details, authorId, utcNow, today, Id);

    private void Describe(FieldVisitDetails details, string userId, DateTime utcNow, DateOnly today)
    {
        On = details.On < CaseService.EarliestDate || details.On > today ? throw new DomainException("FieldVisits.Errors.Date") : details.On;
        Place = Enum.IsDefined(details.Place) ? details.Place : throw new DomainException("FieldVisits.Errors.Place");
        PurposeCode = string.IsNullOrWhiteSpace(details.PurposeCode) || details.PurposeCode.Length > PurposeCodeMaxLength
            ? throw new DomainException("FieldVisits.Errors.Purpose")
            : details.PurposeCode.Trim();
        Outcome = Guard.OptionalText(details.Outcome, OutcomeMaxLength, "FieldVisits.Errors.Outcome");
        NextStep = Guard.OptionalText(details.NextStep, NextStepMaxLength, "FieldVisits.Errors.NextStep");
        if (details.NextStepOn is { } due && (due < On || due > today.AddYears(NextStepMaxYears)))
        {
            throw new DomainException("FieldVisits.Errors.NextStepOn");
        }

        // A next step is something to do by a day: the text and its date come together.
        if ((NextStep is null) != (details.NextStepOn is null))
        {
            throw new DomainException("FieldVisits.Errors.NextStepOn");
        }

        NextStepOn = details.NextStepOn;
        var who = details.Participants.Distinct().ToList();
        if (who.Count is 0 or > MaxParticipants)
        {
            throw new DomainException("FieldVisits.Errors.Participants");
        }

        // Nothing is hard-deleted: a participant taken off is marked removed, as a team member is.
        var present = participants.Where(p => !p.IsDeleted).ToList();
        foreach (var gone in present.Where(p => !who.Any(w => w.UserId == p.UserId && w.PartnerId == p.PartnerId)))
        {
            gone.SoftDelete(userId, utcNow);
        }

        participants.AddRange(who.Where(w => !present.Any(p => p.UserId == w.UserId && p.PartnerId == w.PartnerId))
            .Select(w => FieldVisitParticipant.Of(Id, w)));
    }
}
