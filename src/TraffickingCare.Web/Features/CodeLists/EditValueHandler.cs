using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class EditValueHandler(AppDbContext db)
{
    public async Task<SaveOutcome> HandleAsync(Guid id, EditValueForm form, CancellationToken ct)
    {
        var item = await db.CodeListItems.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (item is null)
        {
            return SaveOutcome.NotFound;
        }

        // The UPDATE is made conditional on the version the user saw, not the one just loaded:
        // otherwise a second editor's stale form would silently overwrite the first editor's save.
        db.Entry(item).Property(x => x.Version).OriginalValue = form.Version!.Value;
        item.Relabel(new CodeListLabels(form.LabelLatin, form.LabelCyrillic, form.LabelEnglish), form.SortOrder ?? item.SortOrder);
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }
    }
}
