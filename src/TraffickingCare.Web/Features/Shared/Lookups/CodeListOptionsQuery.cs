using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The values other features offer in their forms. Retired (inactive) values are not offered for new
/// records, but a record that already holds one keeps it: pass its code as <paramref name="keep"/> so the
/// edit form still shows it instead of silently dropping the value on the next save.
/// </summary>
public sealed class CodeListOptionsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<CodeListOption>> GetAsync(string list, string? keep = null, CancellationToken ct = default)
    {
        var language = Language;
        return [.. (await ItemsOfOne.For(db)(db, list, keep).ToListAsync(ct)).Select(r => r.Option(language))];
    }

    /// <summary>Several lists for one form, in one query; each list keeps the codes the record holds from it.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<CodeListOption>>> GetManyAsync(
        IEnumerable<(string List, IEnumerable<string> Keep)> lists, CancellationToken ct = default)
    {
        var keep = lists.GroupBy(x => x.List).ToDictionary(g => g.Key, g => g.SelectMany(x => x.Keep).ToHashSet());
        var names = keep.Keys.ToList();
        var codes = keep.Values.SelectMany(k => k).Distinct().ToList();
        var rows = await Items.For(db)(db, names, codes, true).ToListAsync(ct);
        var language = Language;
        return names.ToDictionary(
            name => name,
            IReadOnlyList<CodeListOption> (name) => rows.Where(r => r.List == name && (r.IsActive || keep[name].Contains(r.Code))).Select(r => r.Option(language)).ToList());
    }

    /// <summary>Labels in the user's language for codes a record holds, retired ones included: (list, code) → label.</summary>
    public async Task<IReadOnlyDictionary<(string List, string Code), string>> GetLabelsAsync(
        IReadOnlyCollection<string> lists, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        if (codes.Count == 0)
        {
            return new Dictionary<(string, string), string>();
        }

        // Each code once: the compiled query sends a parameter per value, and a long record (the subject-access PDF of a
        // person with years of services) repeats a few codes thousands of times, past SQL Server's 2,100 parameters.
        var rows = await Items.For(db)(db, [.. lists.Distinct()], [.. codes.Distinct()], false).ToListAsync(ct);
        var language = Language;
        return rows.ToDictionary(r => (r.List, r.Code), r => r.Option(language).Label);
    }

    // Compiled: every form and most panels read code lists. One query serves both: the active values and the held
    // ones (a form's offer), or the held ones alone (labels). The three labels come back and the user's is chosen here,
    // so that this query and the next share their projection.
    private static readonly CompiledPerModel<Func<AppDbContext, List<string>, List<string>, bool, IAsyncEnumerable<LabelledValue>>> Items = new(() =>
        EF.CompileAsyncQuery<AppDbContext, List<string>, List<string>, bool, LabelledValue>((db, lists, held, active) =>
            db.CodeListItems.AsNoTracking()
                .Where(x => lists.Contains(x.List) && ((active && x.IsActive) || held.Contains(x.Code)))
                .OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
                .Select(x => new LabelledValue(x.List, x.Code, x.IsActive, x.LabelLatin, x.LabelCyrillic, x.LabelEnglish))));

    // One list and at most one held code, the question of nearly every form and panel (the case page asks it on every
    // view): scalar parameters, so EF reuses its command. With lists as parameters EF 10 writes the SQL again
    // for each call's list lengths (a parameter per value), half of this query's processor time on the case page.
    private static readonly CompiledPerModel<Func<AppDbContext, string, string?, IAsyncEnumerable<LabelledValue>>> ItemsOfOne = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, string?, LabelledValue>((db, list, held) =>
            db.CodeListItems.AsNoTracking()
                .Where(x => x.List == list && (x.IsActive || x.Code == held))
                .OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
                .Select(x => new LabelledValue(x.List, x.Code, x.IsActive, x.LabelLatin, x.LabelCyrillic, x.LabelEnglish))));

    private static UiLanguage Language => Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);

    private sealed record LabelledValue(string List, string Code, bool IsActive, string Latin, string Cyrillic, string English)
    {
        public CodeListOption Option(UiLanguage language) => new(Code, new CodeListLabels(Latin, Cyrillic, English).In(language)!);
    }
}
