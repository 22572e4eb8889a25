using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Proceedings;

/// <summary>One step of a proceeding's history: the stage it reached, since when, who recorded it, and why when it went back.</summary>
public sealed class ProceedingStageChange : Entity, IPartOf<Proceeding>
{
    public const int ReasonMaxLength = 500;

    private ProceedingStageChange()
    {
        RecordedBy = string.Empty;
    }

    public Guid ProceedingId { get; private set; }

    Guid IPartOf<Proceeding>.RootId => ProceedingId;

    public ProceedingStage Stage { get; private set; }

    public DateOnly Since { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>Why the proceeding went back to an earlier stage (e.g. the verdict quashed on appeal); encrypted.</summary>
    public string? Reason { get; private set; }

    internal static ProceedingStageChange Of(Guid proceedingId, ProceedingStage stage, DateOnly since, string recordedBy, string? reason) =>
        new() { ProceedingId = proceedingId, Stage = stage, Since = since, RecordedBy = recordedBy, Reason = reason };
}
