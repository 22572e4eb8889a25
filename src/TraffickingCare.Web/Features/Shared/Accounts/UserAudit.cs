using System.Text.Json;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>
/// Puts administrators' changes to accounts in the audit trail (accounts are Identity rows, which
/// the context does not audit by itself). Same shape as entity changes; secrets are named, never shown.
/// </summary>
public sealed class UserAudit(AppDbContext db, TimeProvider clock, CurrentActor actor)
{
    public async Task RecordAsync(AuditAction action, AppUser user, IReadOnlyDictionary<string, object> changes, CancellationToken ct = default)
    {
        db.AuditEntries.Add(AuditEntry.For(
            action,
            nameof(AppUser),
            Guid.TryParse(user.Id, out var id) ? id : Guid.Empty,
            actor.UserId,
            clock.GetUtcNow().UtcDateTime,
            changes: JsonSerializer.Serialize(changes),
            correlationId: actor.CorrelationId));
        await db.SaveChangesAsync(ct);
    }

    public static object Change(object? from, object? to) => new { from, to };

    public static object Secret() => new { changed = true };
}
