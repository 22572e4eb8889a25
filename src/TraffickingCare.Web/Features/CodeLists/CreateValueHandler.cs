using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class CreateValueHandler(AppDbContext db)
{
    /// <returns>Done with the new code as the message's argument; a code the list already has is refused on its field.</returns>
    public async Task<ChangeResult> HandleAsync(CreateValueForm form, CancellationToken ct)
    {
        var list = form.List!.Trim();
        var code = form.Code!.Trim();
        var values = db.CodeListItems.IgnoreQueryFilters().Where(x => x.List == list);
        if (!await values.AnyAsync(ct))
        {
            return ChangeResult.NotFound;
        }

        // Case-insensitive, and counting retired and deleted values: "feminine" beside "Feminine"
        // would split one statistic in two, and a used code must never be handed out again.
        var upper = code.ToUpperInvariant();
        if (await CodeExistsAsync(list, upper, ct))
        {
            return Duplicate;
        }

        // A broken rule of the value itself becomes a refusal (ChangeResult.OfAsync); nothing is saved then.
        return await ChangeResult.OfAsync(async () =>
        {
            db.CodeListItems.Add(CodeListItem.Create(
                list, code, new CodeListLabels(form.LabelLatin, form.LabelCyrillic, form.LabelEnglish), form.SortOrder ?? 0));
            try
            {
                await db.SaveChangesAsync(ct);
                return ChangeResult.Done with { DoneArgs = [code] };
            }
            catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
            {
                // Another administrator may have added the same code a moment ago: the unique index refused it.
                db.ChangeTracker.Clear();
                if (await CodeExistsAsync(list, upper, ct))
                {
                    return Duplicate;
                }

                throw;
            }
        });
    }

    private static ChangeResult Duplicate => ChangeResult.Refused("CodeLists.Errors.DuplicateCode", nameof(CreateValueForm.Code));

    private Task<bool> CodeExistsAsync(string list, string upperCode, CancellationToken ct) =>
        db.CodeListItems.IgnoreQueryFilters().AsNoTracking().AnyAsync(x => x.List == list && x.Code.ToUpper() == upperCode, ct);
}
