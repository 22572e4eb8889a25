using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Cases.RestrictedCases;
using TraffickingCare.Web.Infrastructure.Validation;

namespace TraffickingCare.UnitTests.Validation;

public sealed class ReasonRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData("\u00A0\u2003\u3000\u2028\u2029")]
    [InlineData("\u00AD\u061C\u200E\u200F\u202E")]
    [InlineData("\t\r\n")]
    [InlineData("... -- 12 !?")]
    public void A_reason_without_a_single_letter_is_no_reason(string? reason)
    {
        Assert.False(ReasonRules.HasLetters(reason));
    }

    [Theory]
    [InlineData("Zahtev suda")]
    [InlineData("Захтев тужилаштва бр. 12")]
    [InlineData("\u200BProvera\u200B")]
    public void A_reason_with_letters_is_a_reason(string reason)
    {
        Assert.True(ReasonRules.HasLetters(reason));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u2060 \uFEFF")]
    public void A_restricted_case_is_not_opened_with_an_invisible_reason(string reason)
    {
        var result = new RestrictedCaseAccessFormValidator(new KeyLocalizer()).Validate(new RestrictedCaseAccessForm { CaseCode = "CZZ-2025-8101", Reason = reason });

        Assert.Equal("People.Errors.ReasonRequired", Assert.Single(result.Errors).ErrorMessage);
    }
}
