using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Features.Manage;
using TraffickingCare.Web.Features.TwoFactor;
using TraffickingCare.Web.Features.Users;

namespace TraffickingCare.Web.Features;

/// <summary>The table of contents: every handler and query of every feature, registered in one place.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CodeListSeeder>();

        services.AddScoped<SignInHandler>();
        services.AddScoped<SetPasswordHandler>();
        services.AddScoped<TwoFactorHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<UserListQuery>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<UserAccountHandler>();
        services.AddScoped<UserAudit>();
        return services;
    }
}
