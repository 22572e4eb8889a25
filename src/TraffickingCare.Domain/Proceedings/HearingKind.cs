namespace TraffickingCare.Domain.Proceedings;

/// <summary>What a hearing is for. Stored by name.</summary>
public enum HearingKind
{
    MainHearing,
    Preliminary,
    WitnessExamination,
    VerdictAnnouncement,
    Other,
}
