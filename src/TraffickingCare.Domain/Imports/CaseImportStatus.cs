namespace TraffickingCare.Domain.Imports;

/// <summary>Validated (kept, waiting for the manager's commit) → running → committed or failed.</summary>
public enum CaseImportStatus
{
    Validated,
    Running,
    Committed,
    Failed,
}
