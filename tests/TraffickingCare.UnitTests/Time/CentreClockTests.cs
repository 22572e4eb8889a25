using Microsoft.Extensions.Time.Testing;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.UnitTests.Time;

public sealed class CentreClockTests
{
    [Fact]
    public void A_typed_winter_time_is_one_hour_ahead_of_utc_and_a_summer_time_two()
    {
        Assert.Equal(new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc), CentreClock.ToUtc(new DateOnly(2026, 1, 15), new TimeOnly(10, 0)));
        Assert.Equal(new DateTime(2026, 7, 15, 8, 0, 0, DateTimeKind.Utc), CentreClock.ToUtc(new DateOnly(2026, 7, 15), new TimeOnly(10, 0)));
    }

    [Fact]
    public void A_time_in_the_skipped_spring_hour_is_read_as_the_hour_after()
    {
        // 29.03.2026. 02:30 never happened in Belgrade; 03:30 CEST is 01:30 UTC.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), CentreClock.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
    }

    [Fact]
    public void A_time_in_the_repeated_autumn_hour_is_read_as_its_first_occurrence()
    {
        // 25.10.2026. 02:30 happens twice; the first (CEST, +2) is 00:30 UTC.
        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), CentreClock.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
    }

    [Fact]
    public void A_stored_instant_is_shown_as_the_centres_day_and_time_in_the_one_format()
    {
        // 31.12.2026. 23:30 UTC is already the new year in Belgrade; a summer instant is two hours ahead.
        var newYear = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01.01.2027. 00:30", CentreClock.FormatInstant(newYear));
        Assert.Equal("01.01.2027.", CentreClock.FormatInstantDate(newYear));
        Assert.Equal("15.07.2026. 10:05", CentreClock.FormatInstant(new DateTime(2026, 7, 15, 8, 5, 0, DateTimeKind.Utc)));
        Assert.Equal("07.03.2026. 09:00", CentreClock.FormatDateTime(new DateTime(2026, 3, 7, 9, 0, 0)));
    }

    [Fact]
    public void Today_begins_at_local_midnight()
    {
        var clock = new CentreClock(new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today);
    }

    [Theory]
    [InlineData("07.03.2026.")]
    [InlineData("7.3.2026.")]
    [InlineData("07.03.2026")]
    public void Serbian_date_spellings_are_understood(string typed)
    {
        Assert.True(CentreClock.TryParseDate(typed, out var date));
        Assert.Equal(new DateOnly(2026, 3, 7), date);
    }

    [Theory]
    [InlineData("2026-03-07")]
    [InlineData("31.02.2026.")]
    [InlineData("danas")]
    public void Anything_else_is_not_a_date(string typed)
    {
        Assert.False(CentreClock.TryParseDate(typed, out _));
    }

    [Theory]
    [InlineData("01.01.0001.")]
    [InlineData("31.12.1899.")]
    [InlineData("01.01.2200.")]
    [InlineData("31.12.9999.")]
    public void A_date_no_one_here_can_mean_is_refused_like_a_misspelt_one(string typed)
    {
        Assert.False(CentreClock.TryParseDate(typed, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void The_first_and_last_typed_days_survive_the_arithmetic_done_on_them()
    {
        Assert.True(CentreClock.TryParseDate("01.01.1900.", out var first));
        Assert.True(CentreClock.TryParseDate("31.12.2199.", out var last));

        Assert.True(CentreClock.ToUtc(first, TimeOnly.MinValue) < CentreClock.ToUtc(last.AddDays(1), TimeOnly.MinValue));
    }
}
