using TraffickingCare.Domain.Support;

namespace TraffickingCare.UnitTests.Domain.Support;

public sealed class NetworkContactTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    [Fact]
    public void The_last_contact_is_the_later_of_the_entered_and_the_derived()
    {
        Assert.Equal(new DateOnly(2026, 3, 20), NetworkContact.Last(new DateOnly(2026, 3, 20), new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 3, 25), NetworkContact.Last(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 25)));
    }

    [Fact]
    public void Either_date_alone_is_the_last_contact_and_none_is_none()
    {
        Assert.Equal(new DateOnly(2026, 1, 5), NetworkContact.Last(new DateOnly(2026, 1, 5), null));
        Assert.Equal(new DateOnly(2026, 1, 6), NetworkContact.Last(null, new DateOnly(2026, 1, 6)));
        Assert.Null(NetworkContact.Last(null, null));
    }

    [Fact]
    public void A_contact_exactly_the_configured_days_ago_is_still_fresh_and_a_day_older_is_stale()
    {
        Assert.False(NetworkContact.IsStale(Today.AddDays(-30), Today, 30));
        Assert.True(NetworkContact.IsStale(Today.AddDays(-31), Today, 30));
        Assert.False(NetworkContact.IsStale(Today, Today, 30));
    }

    [Fact]
    public void No_contact_at_all_is_stale()
    {
        Assert.True(NetworkContact.IsStale(null, Today, 30));
    }

    [Fact]
    public void The_configured_days_decide()
    {
        Assert.True(NetworkContact.IsStale(Today.AddDays(-8), Today, 7));
        Assert.False(NetworkContact.IsStale(Today.AddDays(-8), Today, 60));
    }

    [Fact]
    public void A_contact_goes_stale_the_day_after_the_configured_days_have_passed()
    {
        var last = new DateOnly(2026, 3, 1);

        var staleFrom = NetworkContact.StaleFrom(last, 30);

        Assert.Equal(new DateOnly(2026, 4, 1), staleFrom);
        Assert.True(NetworkContact.IsStale(last, staleFrom, 30));
        Assert.False(NetworkContact.IsStale(last, staleFrom.AddDays(-1), 30));
    }
}
