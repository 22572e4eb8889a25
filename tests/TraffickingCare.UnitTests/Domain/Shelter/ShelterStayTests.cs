using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.UnitTests.Domain.Shelter;

public sealed class ShelterStayTests
{
    [Theory]
    [InlineData("2025-01-31", "2025-02-01", 1)]
    [InlineData("2024-02-28", "2024-03-01", 2)]
    [InlineData("2025-02-28", "2025-03-01", 1)]
    [InlineData("2024-12-31", "2025-01-01", 1)]
    [InlineData("2023-06-15", "2025-06-15", 731)]
    [InlineData("2025-03-10", "2025-03-10", 0)]
    public void Length_of_stay_counts_nights_across_months_years_and_leap_days(string admitted, string until, int nights) =>
        Assert.Equal(nights, ShelterStay.Days(DateOnly.Parse(admitted), DateOnly.Parse(until)));

    [Fact]
    public void A_stay_never_counts_negative_days() =>
        Assert.Equal(0, ShelterStay.Days(new DateOnly(2025, 5, 2), new DateOnly(2025, 5, 1)));

    [Fact]
    public void The_day_of_admission_is_day_one() =>
        Assert.Equal(1, ShelterStay.DayOfStay(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 1)));
}
