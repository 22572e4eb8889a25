using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Proceedings;

/// <summary>
/// A criminal proceeding in which the person of a case takes part (0..n per case): its own record, with its own
/// version, reached only through the case it belongs to. Everything the annual report counts (role, stage,
/// lawyer, measures, compensation, non-punishment) is a code, a flag, an amount or a date.
/// </summary>
public sealed class Proceeding : Entity
{
    public const int CaseNumberMaxLength = 100;
    public const int LawyerDescriptionMaxLength = 300;

    private readonly List<ProceedingStageChange> stages = [];

    private Proceeding()
    {
    }

    public Guid CaseId { get; private set; }

    public Guid AuthorityId { get; private set; }

    public string? CaseNumber { get; private set; }

    public ProceedingRole Role { get; private set; }

    /// <summary>The current stage: the last of <see cref="Stages"/>, kept on the row so lists and reports read one column.</summary>
    public ProceedingStage Stage { get; private set; }

    public DateOnly StageSince { get; private set; }

    public bool LawyerEngaged { get; private set; }

    public Guid? LawyerPartnerId { get; private set; }

    public string? LawyerDescription { get; private set; }

    public ProtectiveMeasures Measures { get; private set; }

    public decimal? ClaimedAmount { get; private set; }

    public string? ClaimedCurrency { get; private set; }

    public DateOnly? ClaimedOn { get; private set; }

    public decimal? AwardedAmount { get; private set; }

    public string? AwardedCurrency { get; private set; }

    public DateOnly? AwardedOn { get; private set; }

    public bool NonPunishmentApplied { get; private set; }

    public IReadOnlyList<ProceedingStageChange> Stages => stages;

    public Compensation? Claimed => ClaimedAmount is { } a ? new Compensation(a, ClaimedCurrency!, ClaimedOn!.Value) : null;

    public Compensation? Awarded => AwardedAmount is { } a ? new Compensation(a, AwardedCurrency!, AwardedOn!.Value) : null;

    /// <summary>Records a proceeding at the stage it has reached; that stage opens its history.</summary>
    public static Proceeding Open(Guid caseId, ProceedingDetails details, ProceedingStage stage, DateOnly since, string recordedBy, DateOnly today)
    {
        var proceeding = new Proceeding { CaseId = caseId };
        proceeding.Describe(details);
        proceeding.Reach(Defined(stage), since, recordedBy, null, today);
        return proceeding;
    }

    public void Describe(ProceedingDetails details)
    {
        if (details.AuthorityId == Guid.Empty)
        {
            throw new DomainException("Proceedings.Errors.Authority");
        }

        if (details.NonPunishmentApplied && details.Role != ProceedingRole.DefendantNonPunishment)
        {
            throw new DomainException("Proceedings.Errors.NonPunishmentRole");
        }

        if (details.Claimed is { } claimed && details.Awarded is { } awarded && awarded.On < claimed.On)
        {
            throw new DomainException("Proceedings.Errors.AwardedBeforeClaimed");
        }

        if ((details.Measures & ~ProtectiveMeasureFlags.Combine(ProtectiveMeasureFlags.All)) != 0)
        {
            throw new DomainException("Proceedings.Errors.Measures");
        }

        AuthorityId = details.AuthorityId;
        CaseNumber = Guard.OptionalText(details.CaseNumber, CaseNumberMaxLength, "Proceedings.Errors.CaseNumber");
        Role = Enum.IsDefined(details.Role) ? details.Role : throw new DomainException("Proceedings.Errors.Role");

        // Without a lawyer there is nobody to name: what was typed about one is dropped, not kept as a contradiction.
        LawyerEngaged = details.LawyerEngaged;
        LawyerPartnerId = details.LawyerEngaged ? details.LawyerPartnerId : null;
        LawyerDescription = details.LawyerEngaged
            ? Guard.OptionalText(details.LawyerDescription, LawyerDescriptionMaxLength, "Proceedings.Errors.LawyerDescription")
            : null;
        Measures = details.Measures;
        (ClaimedAmount, ClaimedCurrency, ClaimedOn) = (details.Claimed?.Amount, details.Claimed?.Currency, details.Claimed?.On);
        (AwardedAmount, AwardedCurrency, AwardedOn) = (details.Awarded?.Amount, details.Awarded?.Currency, details.Awarded?.On);
        NonPunishmentApplied = details.NonPunishmentApplied;
    }

    /// <summary>
    /// The proceeding reached another stage. It moves forward as a rule; going back (a verdict quashed on appeal,
    /// an indictment returned) happens, but only with a reason. A step is never dated before the current stage's
    /// date nor after today, and the same stage is not recorded twice in a row.
    /// </summary>
    public void MoveTo(ProceedingStage stage, DateOnly since, string? reason, string recordedBy, DateOnly today)
    {
        if (Defined(stage) == Stage)
        {
            throw new DomainException("Proceedings.Errors.StageSame");
        }

        if (since < StageSince)
        {
            throw new DomainException("Proceedings.Errors.StageBeforeCurrent");
        }

        var why = Guard.OptionalText(reason, ProceedingStageChange.ReasonMaxLength, "Proceedings.Errors.StageReasonTooLong");
        if (stage < Stage && !Reasons.HasLetters(why))
        {
            throw new DomainException("Proceedings.Errors.StageBackNeedsReason");
        }

        Reach(stage, since, recordedBy, why, today);
    }

    private void Reach(ProceedingStage stage, DateOnly since, string recordedBy, string? reason, DateOnly today)
    {
        if (since > today)
        {
            throw new DomainException("Proceedings.Errors.StageInFuture");
        }

        Stage = stage;
        StageSince = since;
        stages.Add(ProceedingStageChange.Of(Id, stage, since, recordedBy, reason));
    }

    private static ProceedingStage Defined(ProceedingStage stage) =>
        Enum.IsDefined(stage) ? stage : throw new DomainException("Proceedings.Errors.Stage");
}
