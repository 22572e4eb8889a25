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
}
