using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.UnitTests.Time;

public sealed class LocalDayNumberTests
{
    [Fact]
    public void Summer_time_runs_from_the_last_sunday_of_march_to_the_last_sunday_of_october_at_one_utc()
    {
        var periods = LocalDayNumber.SummerPeriods(2024, 2025);

        Assert.Equal(
            [
                (new DateTime(2024, 3, 31, 1, 0, 0, DateTimeKind.Utc), new DateTime(2024, 10, 27, 1, 0, 0, DateTimeKind.Utc)),
                (new DateTime(2025, 3, 30, 1, 0, 0, DateTimeKind.Utc), new DateTime(2025, 10, 26, 1, 0, 0, DateTimeKind.Utc)),
            ],
            periods);
    }

    [Theory]
    [InlineData(2025, 6, 30, 22, 30, 2025, 7, 1)]
    [InlineData(2025, 6, 30, 21, 59, 2025, 6, 30)]
    [InlineData(2025, 12, 31, 22, 30, 2025, 12, 31)]
    [InlineData(2025, 12, 31, 23, 0, 2026, 1, 1)]
    public void The_expression_gives_the_local_day_the_zone_gives(int y, int m, int d, int h, int min, int ly, int lm, int ld)
    {
        var instant = System.Linq.Expressions.Expression.Parameter(typeof(DateTime), "instant");
        var dayNumber = System.Linq.Expressions.Expression.Lambda<Func<DateTime, int>>(LocalDayNumber.Of(instant, y, y + 1), instant).Compile();
        var utc = new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(ly, lm, ld).DayNumber, dayNumber(utc));
        Assert.Equal(DateOnly.FromDateTime(CentreClock.ToLocal(utc)).DayNumber, dayNumber(utc));
    }
}
