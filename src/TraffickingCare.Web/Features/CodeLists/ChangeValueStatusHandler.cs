using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>
/// Retires or restores a value. Values are never deleted: records that hold a retired code keep it and
/// still show its label; it is only no longer offered for new records.
/// </summary>
public sealed class ChangeValueStatusHandler(AppDbContext db)
{
    public async Task<ChangeResult> HandleAsync(Guid valueId, ValueStatus status, CancellationToken ct)
    {
        var item = await db.CodeListItems.SingleOrDefaultAsync(x => x.Id == valueId, ct);
        if (item is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            if (status == ValueStatus.Active)
            {
                item.Activate();
            }
            else
            {
                item.Deactivate();
            }

            await db.SaveChangesAsync(ct);
        });
    }
}
