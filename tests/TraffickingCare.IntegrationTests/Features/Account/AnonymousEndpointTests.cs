using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Features.Account;

/// <summary>Sign-in is required everywhere else: a new anonymous endpoint must be added here on purpose.</summary>
public sealed class AnonymousEndpointTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Expected =
    [
        "Account.AccessDenied", "Account.Lockout", "Account.Login", "Account.Logout",
        "SetPassword.SetPassword", "TwoFactorSignIn.LoginWithRecoveryCode", "TwoFactorSignIn.LoginWithTwoFactor",
        "Errors.Error", "Errors.Status", "Language.Set", "/health/live", "/health/ready",
    ];

    [Fact]
    public void Only_the_sign_in_error_language_and_health_endpoints_allow_anonymous_access()
    {
        var anonymous = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Expected.Order(StringComparer.Ordinal), anonymous);
    }

    /// <summary>The posts of signing in and of the set-password link (the Account feature and its sub-workflows).</summary>
    private static readonly string[] SignInPosts =
    [
        "Account.Login", "TwoFactorSignIn.LoginWithTwoFactor", "TwoFactorSignIn.LoginWithRecoveryCode", "SetPassword.SetPassword",
    ];

    [Fact]
    public void Sign_in_and_two_factor_posts_are_rate_limited()
    {
        var posts = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Where(e => SignInPosts.Contains(Name(e)) || Name(e) == "TwoFactor.Enable")
            .ToList();

        Assert.Equal(5, posts.Count);
        Assert.All(posts, e => Assert.NotNull(e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()));
        Assert.All(posts.Where(e => SignInPosts.Contains(Name(e))), e => Assert.NotNull(e.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>()));
    }

    private static string Name(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is { } action
            ? $"{action.ControllerName}.{action.ActionName}"
            : (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? endpoint.DisplayName ?? string.Empty;
}
