namespace TraffickingCare.Domain.Proceedings;

/// <summary>
/// Where a criminal proceeding stands (DOMAIN.md), in the order a proceeding normally goes through them.
/// Stored by name; the order of the values is the order of the stages (<see cref="Proceeding.MoveTo"/>).
/// </summary>
public enum ProceedingStage
{
    PreInvestigation,
    Investigation,
    Indictment,
    Trial,
    FirstInstanceVerdict,
    Appeal,
    Final,
}
