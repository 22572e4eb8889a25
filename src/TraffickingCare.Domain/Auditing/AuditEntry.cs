namespace TraffickingCare.Domain.Auditing;

/// <summary>
/// One line of the audit trail: who did what to which record, and when. It names the fields that
/// changed; for sensitive (encrypted) fields it records that they changed, never their values.
/// Audit entries are append-only and are not themselves <see cref="Common.Entity"/>s.
/// </summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int UserIdMaxLength = 64;
    public const int ReasonMaxLength = 500;

    private AuditEntry()
    {
        EntityType = string.Empty;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? UserId { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>JSON: field names with old and new values; sensitive fields carry no values.</summary>
    public string? Changes { get; private set; }

    /// <summary>Why a user looked at protected data (e.g. management reading identifying fields).</summary>
    public string? Reason { get; private set; }

    public string? CorrelationId { get; private set; }

    /// <summary>The row's place in the audit chain, given when it is sealed (after it is written): null until then.</summary>
    public long? Sequence { get; private set; }

    /// <summary>The keyed hash over the row's content and the previous sealed row's hash, as hex; null until sealed.</summary>
    public string? Hash { get; private set; }

    public const int HashLength = 64;

    /// <summary>Places the row in the chain. A sealed row is never sealed again: its hash is what later rows build on.</summary>
    public void Seal(long sequence, string hash)
    {
        if (Sequence is not null)
        {
            throw new InvalidOperationException("An audit row is sealed once.");
        }

        Sequence = sequence;
        Hash = hash;
    }

    public static AuditEntry For(
        AuditAction action,
        string entityType,
        Guid entityId,
        string? userId,
        DateTime atUtc,
        string? changes = null,
        string? reason = null,
        string? correlationId = null) => new()
        {
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            UserId = userId,
            AtUtc = atUtc,
            Changes = changes,
            Reason = reason,
            CorrelationId = correlationId,
        };
}
