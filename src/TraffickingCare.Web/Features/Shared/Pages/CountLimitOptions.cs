using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Features.Shared.Pages;

/// <summary>The options of a list that counts up to a limit (<see cref="CappedCount"/>): the limit, set per installation.</summary>
public interface ICountLimitOptions
{
    int CountLimit { get; }
}

public static class CountLimitOptions
{
    /// <summary>
    /// Binds a list's options from <paramref name="section"/>, and refuses to start with a limit that is not a number of
    /// <paramref name="what"/> from 1 to 1,000,000.
    /// </summary>
    public static OptionsBuilder<T> AddCountLimitOptions<T>(this IServiceCollection services, string section, string what)
        where T : class, ICountLimitOptions =>
        services.AddOptions<T>().BindConfiguration(section)
            .Validate(o => o.CountLimit is > 0 and <= 1_000_000, $"{section}:CountLimit must be a number of {what} from 1 to 1,000,000.")
            .ValidateOnStart();
}
