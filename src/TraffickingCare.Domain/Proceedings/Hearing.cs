using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Proceedings;

/// <summary>
/// A hearing of a proceeding: scheduled ahead (the team plans the escort and the psychologist), its outcome
/// recorded after it took place. Its own record with its own version; it carries the case's id so the
/// calendar of hearings reads one table through the case access rule.
/// </summary>
public sealed class Hearing : Entity
{
    public const int OutcomeMaxLength = 4000;

    /// <summary>Hearings are scheduled months ahead, not years: a later date is a typing error.</summary>
    public static readonly TimeSpan LatestAhead = TimeSpan.FromDays(2 * 365);

    private Hearing()
    {
    }

    public Guid ProceedingId { get; private set; }

    public Guid CaseId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public Guid CourtId { get; private set; }

    public HearingKind Kind { get; private set; }

    /// <summary>The staff member who escorts the person (or <see cref="EscortPartnerId"/>, not both).</summary>
    public string? EscortUserId { get; private set; }

    public Guid? EscortPartnerId { get; private set; }

    /// <summary>A psychologist supports the person while they give a statement.</summary>
    public bool PsychologicalSupport { get; private set; }

    public bool StatementGiven { get; private set; }

    /// <summary>What happened at the hearing, in the team's words: encrypted.</summary>
    public string? Outcome { get; private set; }

    public static Hearing Schedule(Proceeding proceeding, HearingDetails details, DateTime utcNow)
    {
        var hearing = new Hearing { ProceedingId = proceeding.Id, CaseId = proceeding.CaseId };
        hearing.Record(details, utcNow);
        return hearing;
    }

    /// <summary>Changes the hearing's plan, or records what happened once it has taken place.</summary>
    public void Record(HearingDetails details, DateTime utcNow)
    {
        if (details.StartsAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are stored in UTC.", nameof(details));
        }

        if (details.StartsAtUtc > utcNow + LatestAhead)
        {
            throw new DomainException("Proceedings.Errors.HearingTooFar");
        }

        if (details.CourtId == Guid.Empty)
        {
            throw new DomainException("Proceedings.Errors.Court");
        }

        if (details.EscortUserId is not null && details.EscortPartnerId is not null)
        {
            throw new DomainException("Proceedings.Errors.EscortOne");
        }

        var outcome = Guard.OptionalText(details.Outcome, OutcomeMaxLength, "Proceedings.Errors.OutcomeTooLong");
        if (details.StartsAtUtc > utcNow && (details.StatementGiven || outcome is not null))
        {
            throw new DomainException("Proceedings.Errors.OutcomeBeforeHearing");
        }

        StartsAtUtc = details.StartsAtUtc;
        CourtId = details.CourtId;
        Kind = Enum.IsDefined(details.Kind) ? details.Kind : throw new DomainException("Proceedings.Errors.HearingKind");
        EscortUserId = string.IsNullOrWhiteSpace(details.EscortUserId) ? null : details.EscortUserId;
        EscortPartnerId = details.EscortPartnerId;
        PsychologicalSupport = details.PsychologicalSupport;
        StatementGiven = details.StatementGiven;
        Outcome = outcome;
    }
}
