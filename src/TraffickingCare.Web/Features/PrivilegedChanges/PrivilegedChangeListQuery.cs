using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>
/// Pending requests first, then the latest decisions. Privileged changes are few (tens a year), so the
/// newest <see cref="Shown"/> cover years; the audit trail keeps every one.
/// </summary>
public sealed class PrivilegedChangeListQuery(AppDbContext db)
{
    public const int Shown = 200;

    /// <summary>Shown instead of a name for changes made on the server's command line.</summary>
    public const string Operator = CurrentActor.System;

    public async Task<IReadOnlyList<PrivilegedChangeRow>> RunAsync(string viewerId, CancellationToken ct)
    {
        var changes = await db.PrivilegedChanges.AsNoTracking()
            .OrderBy(c => c.Status == PrivilegedChangeStatus.Pending ? 0 : 1)
            .ThenByDescending(c => c.RequestedAtUtc)
            .Take(Shown)
            .ToListAsync(ct);

        var ids = changes.SelectMany(c => new[] { c.TargetUserId, c.RequestedBy, c.DecidedBy }).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.Email })
            .ToDictionaryAsync(u => u.Id, ct);

        string Name(string? id) => id is null ? string.Empty : people.TryGetValue(id, out var p) ? p.DisplayName : id == Operator ? Operator : string.Empty;

        return changes.Select(c => new PrivilegedChangeRow(
                c.Id, c.Version, c.Kind, c.Role, Name(c.TargetUserId),
                people.TryGetValue(c.TargetUserId, out var target) ? target.UserName ?? string.Empty : string.Empty,
                target?.Email,
                Name(c.RequestedBy), c.RequestedAtUtc, c.Status,
                c.DecidedBy is null ? null : Name(c.DecidedBy), c.DecidedAtUtc,
                c.Status == PrivilegedChangeStatus.Pending && c.RequestedBy != viewerId && c.TargetUserId != viewerId))
            .ToList();
    }
}
