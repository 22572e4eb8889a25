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
}
