using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// Partner institutions offered in a form (value: the partner's id; label: its name). Entries merged into another
/// are not offered; a record that already points to one keeps it (<paramref name="keep"/>), as code lists do.
/// </summary>
public sealed class PartnerOptionsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<CodeListOption>> GetAsync(Sector? sector = null, Guid? keep = null, CancellationToken ct = default) =>
        await db.Partners.AsNoTracking()
            .Where(p => (p.MergedIntoId == null && (sector == null || p.Sector == sector)) || p.Id == keep)
            .OrderBy(p => p.Name)
            .Select(p => new CodeListOption(p.Id.ToString(), p.Name))
            .ToListAsync(ct);

    /// <summary>Whether a posted partner id is one the directory offers (a tampered id is refused, not saved).</summary>
    public Task<bool> ExistsAsync(Guid partnerId, CancellationToken ct) =>
        db.Partners.AnyAsync(p => p.Id == partnerId && p.MergedIntoId == null, ct);
}
