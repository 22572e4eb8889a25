using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>A value as it is saved now: fills the edit form, and its labels after a conflict.</summary>
public sealed class EditValueFormQuery(AppDbContext db)
{
    public Task<EditValueForm?> GetAsync(Guid id, CancellationToken ct) =>
        db.CodeListItems.AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new EditValueForm
            {
                List = x.List,
                Code = x.Code,
                LabelLatin = x.LabelLatin,
                LabelCyrillic = x.LabelCyrillic,
                LabelEnglish = x.LabelEnglish,
                SortOrder = x.SortOrder,
                Version = x.Version,
            })
            .SingleOrDefaultAsync(ct);
}
