using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Reporting;

public static class ReportingSetup
{
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportingOptions>().Bind(configuration.GetSection(ReportingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportingOptions>, ReportingOptionsValidator>();
        services.AddSingleton<ReportFonts>();
        services.AddSingleton<IPdfRenderer, SkiaPdfRenderer>();
        return services;
    }
}
