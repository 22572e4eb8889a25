using System.Globalization;
using System.Text.Json;
using TraffickingCare.Domain.Auditing;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>An audit row as the chain hashes it: every column but the hash itself, its place in the chain included.</summary>
public sealed record AuditChainRow(
    long Id,
    long Sequence,
    DateTime AtUtc,
    string? UserId,
    AuditAction Action,
    string EntityType,
    Guid EntityId,
    string? Changes,
    string? Reason,
    string? CorrelationId)
{
    public static AuditChainRow Of(AuditEntry entry, long sequence) => new(
        entry.Id, sequence, entry.AtUtc, entry.UserId, entry.Action, entry.EntityType, entry.EntityId, entry.Changes, entry.Reason, entry.CorrelationId);

    /// <summary>
    /// A JSON array of the values in a fixed order: unambiguous (no value can pass for two), and the same on both
    /// databases (the time as ticks; both keep all seven decimals).
    /// </summary>
    public string Content() => JsonSerializer.Serialize(new object?[]
    {
        Id, Sequence, AtUtc.Ticks, UserId, Action.ToString(), EntityType, EntityId.ToString("D", CultureInfo.InvariantCulture), Changes, Reason, CorrelationId,
    });
}
