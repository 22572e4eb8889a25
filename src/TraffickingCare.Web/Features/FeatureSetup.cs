using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.Web.Features;

/// <summary>The table of contents: every handler and query of every feature, registered in one place.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CodeListSeeder>();
        services.AddSingleton<Infrastructure.Time.CentreClock>();
        services.AddScoped<Cases.CaseNumbering>();
        return services;
    }
}
