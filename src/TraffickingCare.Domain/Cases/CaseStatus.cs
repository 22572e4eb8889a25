namespace TraffickingCare.Domain.Cases;

/// <summary>Where a case stands in the lifecycle of docs/domain.md.</summary>
public enum CaseStatus
{
    /// <summary>Opened from a referral; identification not yet started.</summary>
    Open,

    /// <summary>Preliminary identification done: support starts at once, nothing waits for the formal decision.</summary>
    PresumedVictim,

    IdentifiedVictim,
    NotIdentified,

    /// <summary>Procedure suspended (obustavljen), e.g. contact lost; it may resume.</summary>
    Suspended,

    /// <summary>Procedure rejected (odbačen).</summary>
    Rejected,

    Closed,
}
