using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Features.Shared.Pages;

/// <summary>
/// A count taken up to a limit: <see cref="Counted"/> is at most <see cref="Limit"/> + 1, so the database stops reading
/// one row past the limit. Past it, only "more than the limit" is known.
/// </summary>
public readonly record struct CappedCount(int Counted, int Limit)
{
    public bool IsMoreThanLimit => Counted > Limit;

    /// <summary>What can be shown and paged through: the count, or the limit when there are more.</summary>
    public int Shown => Math.Min(Counted, Limit);

    /// <summary>The pages of what is shown (at least one): beyond the limit there are no more pages, the filters narrow the list.</summary>
    public int Pages(int pageSize) => Math.Max(1, (Shown + pageSize - 1) / pageSize);

    /// <summary>How many rows the page (from 1, within <see cref="Pages"/>) shows: a full page, or what is left of the shown ones.</summary>
    public int OnPage(int page, int pageSize) => Math.Min(pageSize, Shown - ((page - 1) * pageSize));

    /// <summary>Counts <paramref name="query"/> up to <paramref name="limit"/> + 1 rows (a <c>COUNT(*)</c> over a <c>LIMIT</c>).</summary>
    public static async Task<CappedCount> CountAsync<T>(IQueryable<T> query, int limit, CancellationToken ct) =>
        new(await query.Take(limit + 1).CountAsync(ct), limit);
}
