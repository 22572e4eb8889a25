using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class CreateValueHandler(AppDbContext db)
{
    public async Task<CreateOutcome> HandleAsync(CreateValueForm form, CancellationToken ct)
    {
        var list = form.List!.Trim();
        var code = form.Code!.Trim();
        var values = db.CodeListItems.IgnoreQueryFilters().Where(x => x.List == list);
        if (!await values.AnyAsync(ct))
        {
            return CreateOutcome.UnknownList;
        }

        // Case-insensitive, and counting retired and deleted values: "feminine" beside "Feminine"
        // would split one statistic in two, and a used code must never be handed out again.
        var upper = code.ToUpperInvariant();
        if (await CodeExistsAsync(list, upper, ct))
        {
            return CreateOutcome.DuplicateCode;
        }

        db.CodeListItems.Add(CodeListItem.Create(
            list, code, new CodeListLabels(form.LabelLatin, form.LabelCyrillic, form.LabelEnglish), form.SortOrder ?? 0));
        try
        {
            await db.SaveChangesAsync(ct);
            return CreateOutcome.Created;
        }
        catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
        {
            // Another administrator may have added the same code a moment ago: the unique index refused it.
            db.ChangeTracker.Clear();
            if (await CodeExistsAsync(list, upper, ct))
            {
                return CreateOutcome.DuplicateCode;
            }

            throw;
        }
    }

    private Task<bool> CodeExistsAsync(string list, string upperCode, CancellationToken ct) =>
        db.CodeListItems.IgnoreQueryFilters().AsNoTracking().AnyAsync(x => x.List == list && x.Code.ToUpper() == upperCode, ct);

    /// <summary>The sort order a new value gets by default: after the last one.</summary>
    public async Task<int?> NextSortOrderAsync(string list, CancellationToken ct)
    {
        var max = await db.CodeListItems.IgnoreQueryFilters().Where(x => x.List == list).MaxAsync(x => (int?)x.SortOrder, ct);
        return max is null ? null : max + 10;
    }
}
