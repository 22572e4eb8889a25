using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>
/// The values other features offer in their forms. Retired (inactive) values are not offered for new
/// records, but a record that already holds one keeps it: pass its code as <paramref name="keep"/> so the
/// edit form still shows it instead of silently dropping the value on the next save.
/// </summary>
public sealed class CodeListOptionsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<CodeListOption>> GetAsync(string list, string? keep = null, CancellationToken ct = default)
    {
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        return await db.CodeListItems.AsNoTracking()
            .Where(x => x.List == list && (x.IsActive || x.Code == keep))
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
            .Select(x => new CodeListOption(
                x.Code,
                language == UiLanguage.Cyrillic ? x.LabelCyrillic : language == UiLanguage.English ? x.LabelEnglish : x.LabelLatin))
            .ToListAsync(ct);
    }
}
