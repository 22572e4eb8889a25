using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Cases;
using TraffickingCare.Web.Features.Decisions;
using TraffickingCare.Web.Features.Referrals;
using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.UnitTests.Features.Shared;

/// <summary>The lists that count up to a limit take it from their section, and refuse a limit out of range, naming it.</summary>
public sealed class CountLimitOptionsTests
{
    private static T Options<T>(string section, string what, string? limit)
        where T : class, ICountLimitOptions
    {
        var settings = new Dictionary<string, string?>();
        if (limit is not null)
        {
            settings[$"{section}:CountLimit"] = limit;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCountLimitOptions<T>(section, what);
        return services.BuildServiceProvider().GetRequiredService<IOptions<T>>().Value;
    }

    [Fact]
    public void Each_list_counts_to_ten_thousand_unless_its_section_says_otherwise()
    {
        Assert.Equal(10_000, Options<CaseListOptions>(CaseListOptions.Section, "cases", null).CountLimit);
        Assert.Equal(10_000, Options<ReferralOptions>(ReferralOptions.Section, "referrals", null).CountLimit);
        Assert.Equal(10_000, Options<DecisionRegisterOptions>(DecisionRegisterOptions.Section, "decisions", null).CountLimit);
        Assert.Equal(25, Options<CaseListOptions>(CaseListOptions.Section, "cases", "25").CountLimit);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000001")]
    public void A_limit_out_of_range_is_refused_by_its_setting_s_name(string limit)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options<CaseListOptions>(CaseListOptions.Section, "cases", limit));

        Assert.Contains("Cases:CountLimit must be a number of cases from 1 to 1,000,000.", refused.Failures);
    }
}
