using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.CodeLists;

namespace TraffickingCare.Web.Features;

/// <summary>The table of contents: every handler and query of every feature, registered in one place.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CodeListSeeder>();

        // Code lists (šifarnici)
        services.AddScoped<CodeListIndexQuery>();
        services.AddScoped<CodeListValuesQuery>();
        services.AddScoped<CodeListOptionsQuery>();
        services.AddScoped<EditValueFormQuery>();
        services.AddScoped<EditValueHandler>();
        services.AddScoped<CreateValueHandler>();
        services.AddScoped<ChangeValueStatusHandler>();
        return services;
    }
}
