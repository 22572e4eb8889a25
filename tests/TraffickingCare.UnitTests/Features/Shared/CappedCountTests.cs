using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.UnitTests.Features.Shared;

public sealed class CappedCountTests
{
    [Theory]
    [InlineData(0, 10_000, 1)]
    [InlineData(25, 10_000, 1)]
    [InlineData(26, 10_000, 2)]
    [InlineData(10_000, 10_000, 400)]
    // Counted one past the limit: only the limit is paged through.
    [InlineData(10_001, 10_000, 400)]
    [InlineData(26, 25, 1)]
    public void A_capped_count_pages_through_what_it_shows_in_pages_of_25(int counted, int limit, int pages)
    {
        var count = new CappedCount(counted, limit);

        Assert.Equal(pages, count.Pages(25));
        Assert.Equal(counted > limit, count.IsMoreThanLimit);
        Assert.Equal(Math.Min(counted, limit), count.Shown);
    }

    [Theory]
    [InlineData(0, 10_000, 1, 0)]
    [InlineData(30, 10_000, 1, 25)]
    [InlineData(30, 10_000, 2, 5)]
    [InlineData(10_001, 10_010, 401, 1)]
    // Past the limit the last page holds what is left of the limit, not of the count.
    [InlineData(10_011, 10_010, 401, 10)]
    public void A_page_shows_a_full_page_or_what_is_left_of_the_shown_rows(int counted, int limit, int page, int rows) =>
        Assert.Equal(rows, new CappedCount(counted, limit).OnPage(page, 25));
}
