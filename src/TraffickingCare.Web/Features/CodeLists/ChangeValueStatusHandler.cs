using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>
/// Retires or restores a value. Values are never deleted: records that hold a retired code keep it and
/// still show its label; it is only no longer offered for new records.
/// </summary>
public sealed class ChangeValueStatusHandler(AppDbContext db)
{
    /// <returns>null when no such value exists.</returns>
    public async Task<ValueStatusResult?> HandleAsync(Guid id, bool active, CancellationToken ct)
    {
        var item = await db.CodeListItems.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (item is null)
        {
            return null;
        }

        if (active)
        {
            item.Activate();
        }
        else
        {
            item.Deactivate();
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new ValueStatusResult(item.List, SaveOutcome.Saved);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ValueStatusResult(item.List, SaveOutcome.Conflict);
        }
    }
}
