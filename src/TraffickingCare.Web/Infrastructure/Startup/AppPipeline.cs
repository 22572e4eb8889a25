using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Infrastructure.Logging;
using TraffickingCare.Web.Infrastructure.Security;

namespace TraffickingCare.Web.Infrastructure.Startup;

public static class AppPipeline
{
    public static void UseTraffickingCare(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Configuration));
        app.UseMiddleware<CorrelationIdMiddleware>();

        // Outside the error pages, so a refused or failed request is one line with its final status,
        // and a status page re-executed for it is not a second line.
        app.UseAppRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");

        // Inside the error pages: an abandoned request's failure never reaches them.
        app.UseMiddleware<ClientClosedRequestMiddleware>();
        app.UseStaticFiles();

        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseUserIdInLogs();
        app.UseAuthorization();

        // Health bodies say only Healthy/Unhealthy: nothing about the database or the version.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
    }

    /// <summary>
    /// Trusts X-Forwarded-For/-Proto only from the reverse proxies named in Proxy:KnownNetworks (CIDR,
    /// comma-separated; loopback is always trusted). The client address feeds the sign-in rate limiter,
    /// so trusting everyone would let an attacker pick a fresh address per guess.
    /// </summary>
    private static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        var networks = (configuration["Proxy:KnownNetworks"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
    }
}
