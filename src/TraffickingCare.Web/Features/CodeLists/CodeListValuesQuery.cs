using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>All values of a list, active and retired, a page at a time, labelled in the UI language.</summary>
public sealed class CodeListValuesQuery(AppDbContext db)
{
    public const int PageSize = 25;

    /// <returns>null when no such list exists.</returns>
    public async Task<CodeListValuesViewModel?> GetAsync(string list, int page, CancellationToken ct)
    {
        var values = db.CodeListItems.AsNoTracking().Where(x => x.List == list);
        var total = await values.CountAsync(ct);
        if (total == 0)
        {
            return null;
        }

        var pageCount = (total + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pageCount);
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        var rows = await values
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CodeListValueRow(
                x.Id,
                x.Code,
                language == UiLanguage.Cyrillic ? x.LabelCyrillic : language == UiLanguage.English ? x.LabelEnglish : x.LabelLatin,
                x.SortOrder,
                x.IsActive))
            .ToListAsync(ct);
        return new CodeListValuesViewModel(list, rows, page, PageSize, total);
    }
}
