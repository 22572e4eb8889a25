namespace TraffickingCare.Domain.Shelter;

/// <summary>A proposal to move a resident to a later phase: waiting for the coordinator, approved or returned.</summary>
public enum PhaseChangeStatus
{
    Pending,
    Approved,
    Returned,
}
