namespace TraffickingCare.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
    Downloaded,
}
