namespace TraffickingCare.Domain.Activity;

/// <summary>What the Centre gave a local team. Stored by name.</summary>
public enum LocalTeamSupportKind
{
    Mentoring,
    Advice,
    Training,
    Other,
}
