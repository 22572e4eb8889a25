namespace TraffickingCare.Domain.Activity;

/// <summary>Where a municipality's local anti-trafficking team stands. Stored by name.</summary>
public enum LocalTeamStatus
{
    Active,
    BeingReestablished,
    Inactive,
}
