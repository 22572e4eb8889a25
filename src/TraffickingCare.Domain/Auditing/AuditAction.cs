namespace TraffickingCare.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
    Downloaded,

    /// <summary>A search among people's identities; the terms are not kept (they are identifying).</summary>
    Searched,

    /// <summary>The retention run replaced a record's identifying data with nothing (see docs/data-protection.md).</summary>
    Anonymised,
}
