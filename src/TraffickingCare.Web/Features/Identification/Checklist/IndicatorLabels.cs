using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>The indicators' wording as a checklist of a given set version asked them, in the user's language.</summary>
public sealed class IndicatorLabels(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<string, IndicatorWording>> ForSetAsync(int setVersion, CancellationToken ct)
    {
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);

        // The set is small (tens of rows): pick each code's wording of that version in memory.
        var rows = await db.IdentificationIndicators.AsNoTracking().Where(i => i.SetVersion <= setVersion).ToListAsync(ct);
        return rows.Where(i => i.IsAskedIn(setVersion))
            .GroupBy(i => i.Code)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var i = g.MaxBy(x => x.SetVersion)!;
                    return new IndicatorWording(language == UiLanguage.Cyrillic ? i.LabelCyrillic : language == UiLanguage.English ? i.LabelEnglish : i.LabelLatin, i.SortOrder);
                });
    }

    public async Task<int> CurrentSetVersionAsync(CancellationToken ct) =>
        await db.IdentificationIndicators.MaxAsync(i => (int?)i.SetVersion, ct) ?? 0;
}

public sealed record IndicatorWording(string Label, int SortOrder);
