using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Cases;

public sealed class CaseCodeTests
{
    [Fact]
    public void The_first_case_of_a_year_is_number_one()
    {
        Assert.Equal("CZZ-2026-0001", CaseCode.Next(2026, 0).Value);
    }

    [Fact]
    public void Codes_follow_each_other_within_a_year()
    {
        Assert.Equal("CZZ-2024-0154", CaseCode.Next(2024, 153).Value);
    }

    [Fact]
    public void A_year_with_more_than_9999_cases_grows_a_digit()
    {
        Assert.Equal("CZZ-2030-10000", CaseCode.Next(2030, 9999).Value);
    }

    [Theory]
    [InlineData("CZZ-2024-0153", 2024, 153)]
    [InlineData(" czz-2024-0153 ", 2024, 153)]
    [InlineData("CZZ-2030-10000", 2030, 10000)]
    public void A_typed_code_is_parsed(string typed, int year, int sequence)
    {
        Assert.True(CaseCode.TryParse(typed, out var code));
        Assert.Equal(year, code!.Year);
        Assert.Equal(sequence, code.Sequence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CZZ-24-0153")]
    [InlineData("ABC-2024-0153")]
    [InlineData("CZZ-2024-153")]
    [InlineData("CZZ-2024-0000")]
    public void Anything_else_is_not_a_case_code(string? typed)
    {
        Assert.False(CaseCode.TryParse(typed, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void A_number_outside_the_range_is_refused()
    {
        Assert.Equal("Cases.Errors.InvalidCode", Assert.Throws<DomainException>(() => CaseCode.For(2026, 0)).ResourceKey);
    }

    [Fact]
    public void Codes_with_the_same_year_and_number_are_equal()
    {
        Assert.Equal(CaseCode.For(2026, 7), CaseCode.For(2026, 7));
    }
}
