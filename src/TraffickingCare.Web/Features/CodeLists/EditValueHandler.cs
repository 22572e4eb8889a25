using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class EditValueHandler(AppDbContext db)
{
    /// <returns>Done with the value's code as the message's argument.</returns>
    public async Task<ChangeResult> HandleAsync(Guid valueId, EditValueForm form, CancellationToken ct)
    {
        var item = await db.CodeListItems.SingleOrDefaultAsync(x => x.Id == valueId, ct);
        if (item is null)
        {
            return ChangeResult.NotFound;
        }

        // The UPDATE is made conditional on the version the user saw, not the one just loaded:
        // otherwise a second editor's stale form would silently overwrite the first editor's save.
        db.Entry(item).Property(x => x.Version).OriginalValue = form.Version!.Value;
        return await ChangeResult.OfAsync(async () =>
        {
            item.Relabel(new CodeListLabels(form.LabelLatin, form.LabelCyrillic, form.LabelEnglish), form.SortOrder ?? item.SortOrder);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { DoneArgs = [item.Code] };
        });
    }
}
