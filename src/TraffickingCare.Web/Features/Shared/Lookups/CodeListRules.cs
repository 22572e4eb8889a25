using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The one check every form makes on a code it stores: a value of the list that is offered now
/// (active). A tampered or retired value is refused, not stored: the statistics count by these codes.
/// A value the record already holds (<c>held</c>) stays acceptable after it was retired, so saving an
/// old record unchanged never forces the user to change its data.
/// </summary>
public static class CodeListRules
{
    /// <summary>More values than any list holds is not a choice a page could have offered.</summary>
    private const int MaxValues = 500;

    public static IRuleBuilderOptions<T, string?> InCodeList<T>(
        this IRuleBuilder<T, string?> rule, AppDbContext db, string list, Func<T, IEnumerable<string>>? held = null) =>
        rule.MustAsync((form, code, ct) => string.IsNullOrEmpty(code)
            ? Task.FromResult(true)
            : AreOfferedAsync(db, list, [code], held?.Invoke(form) ?? [], ct));

    /// <summary>Several values of one list (a checkbox group), checked in one query.</summary>
    public static IRuleBuilderOptions<T, List<string>> AllInCodeList<T>(
        this IRuleBuilder<T, List<string>> rule, AppDbContext db, string list, Func<T, IEnumerable<string>>? held = null) =>
        rule.MustAsync((form, codes, ct) => AreOfferedAsync(db, list, codes, held?.Invoke(form) ?? [], ct));

    private static async Task<bool> AreOfferedAsync(AppDbContext db, string list, IEnumerable<string?> codes, IEnumerable<string> held, CancellationToken ct)
    {
        var wanted = codes.Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return true;
        }

        if (wanted.Count > MaxValues || wanted.Any(c => c.Length > CodeListItem.CodeMaxLength))
        {
            return false;
        }

        var keep = held.ToList();
        var offered = await db.CodeListItems.CountAsync(c => c.List == list && wanted.Contains(c.Code) && (c.IsActive || keep.Contains(c.Code)), ct);
        return offered == wanted.Count;
    }
}
